package dev.praxis.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Reset links by mail, when the platform has a mail server ({@code spring.mail.host}; without one there is no
 * sender and learners are told to ask an admin). The answer to the asker never says whether the email has an
 * account, or whether the mail could be sent: both only go to the log.
 */
@Component
class PasswordResetMail {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;

    PasswordResetMail(ObjectProvider<JavaMailSender> senders, Settings settings) {
        this.senders = senders;
        this.from = settings.from();
    }

    boolean available() {
        return senders.getIfAvailable() != null;
    }

    void send(String to, String link) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject("Choose a new Praxis password");
        mail.setText("""
                Someone (we hope you) asked to choose a new password for your Praxis account.

                Open this link to choose one. It works once, for 24 hours, and signs your account out everywhere:

                %s

                If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(link));
        try {
            sender.send(mail);
        } catch (MailException e) {
            log.warn("The password reset mail could not be sent: {}", e.getMessage());
        }
    }

    /** {@code praxis.mail.from}: the sender of reset mails (the SMTP server itself is Boot's {@code spring.mail.*}). */
    @ConfigurationProperties("praxis.mail")
    record Settings(@DefaultValue("praxis@localhost") String from) {
    }
}
