package org.kamgraph.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, from Spring Security's context. */
public final class CurrentUser {
    private CurrentUser() {
    }

    /** The user, or null outside an authenticated request. */
    public static KamUser get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a instanceof KamAuthentication k ? k.user() : null;
    }
}
