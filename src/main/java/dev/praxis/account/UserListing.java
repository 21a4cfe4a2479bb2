package dev.praxis.account;

import java.util.List;

/**
 * One page of the admin's list of accounts, newest first: those whose name or email contains {@code query}, and
 * where the page sits among all {@code total} matches.
 */
public record UserListing(List<UserAccount> users, String query, int page, int pages, long total) {

    /** Enough rows to find someone by eye; a school's worth of accounts is found with the search instead. */
    static final int PAGE_SIZE = 50;

    public UserListing {
        users = List.copyOf(users);
    }
}
