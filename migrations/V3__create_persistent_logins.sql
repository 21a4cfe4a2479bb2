-- "Remember me" tokens (Spring Security's persistent token scheme): revocable and shared by all instances.
create table persistent_logins (
    series    varchar(64)  not null,
    username  varchar(320) not null,
    token     varchar(64)  not null,
    last_used timestamp    not null,
    constraint persistent_logins_pk primary key (series)
);
create index persistent_logins_username_ix on persistent_logins (username);
