package io.tonearm.auth;

import java.time.Instant;

/** The outcome of checking a bearer token: the user it names, or why it was refused. */
public sealed interface TokenCheck {

    /** A token signed by a known key, unexpired, naming {@code user}. */
    record Valid(UserId user, Instant expires) implements TokenCheck {
        public Valid {
            if (user == null || expires == null) {
                throw new IllegalArgumentException("user and expiry are required");
            }
        }
    }

    /** A refused token; {@code reason} is for logs and for choosing the client's message. */
    record Refused(Reason reason) implements TokenCheck {
        public Refused {
            if (reason == null) {
                throw new IllegalArgumentException("reason is required");
            }
        }
    }

    /** Why a token was refused. */
    enum Reason {
        /** Not a compact JWS, too long, wrong algorithm or type, or claims missing or malformed. */
        MALFORMED,
        /** Its {@code kid} names no key this service knows (never issued here, or removed by rotation). */
        UNKNOWN_KEY,
        /** The signature does not match: forged or altered. */
        BAD_SIGNATURE,
        /** Past its {@code exp}. */
        EXPIRED
    }
}
