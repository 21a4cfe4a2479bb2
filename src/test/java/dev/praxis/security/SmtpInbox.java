package dev.praxis.security;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A mail server for tests that speaks just enough SMTP (RFC 5321: greeting, EHLO/HELO, MAIL, RCPT, DATA with
 * dot-stuffing, RSET, NOOP, QUIT) to receive what Spring's mail sender sends, and keeps each mail as a MIME message.
 */
final class SmtpInbox implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<MimeMessage> received = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    SmtpInbox() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = daemon(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next mail, or null when none arrives in the time. */
    MimeMessage next(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
            reply(out, "220 localhost test inbox");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        StringBuilder data = new StringBuilder();
                        for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                            data.append(body.startsWith(".") ? body.substring(1) : body).append("\r\n");
                        }
                        received.add(new MimeMessage(Session.getInstance(new Properties()),
                                new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8))));
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("The test inbox could not read a mail", e);
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "smtp-inbox");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
