package io.tonearm.control.playlist;

import io.tonearm.control.error.InvalidRequestException;

/**
 * Name, description, public and collaborative. Name: 1 to {@value #MAX_NAME} characters (code points),
 * not blank; description: up to {@value #MAX_DESCRIPTION}. Neither may hold control characters or
 * lone surrogates. Any Unicode text is otherwise kept exactly as given (it is bound as a parameter,
 * never put into SQL).
 */
public record PlaylistDetails(String name, String description, boolean isPublic, boolean collaborative) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 300;

    public PlaylistDetails {
        if (name == null || name.isBlank() || !wellFormed(name, MAX_NAME)) {
            throw new InvalidRequestException("name must be 1 to " + MAX_NAME + " characters and not blank");
        }
        if (description == null || !wellFormed(description, MAX_DESCRIPTION)) {
            throw new InvalidRequestException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
    }

    private static boolean wellFormed(String text, int maxCodePoints) {
        if (text.length() > maxCodePoints * 2 || text.codePointCount(0, text.length()) > maxCodePoints) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
