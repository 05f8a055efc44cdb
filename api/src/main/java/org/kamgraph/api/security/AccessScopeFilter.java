package org.kamgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kamgraph.cypher.AccessScope;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security: sets the request's {@link AccessScope} from the signed-in user, so every read on
 * this thread (GraphQL, CSV export, account plan pages) narrows itself to what the user may see.
 */
public final class AccessScopeFilter extends OncePerRequestFilter {
    private final Visibilities visibilities;

    public AccessScopeFilter(Visibilities visibilities) {
        this.visibilities = visibilities;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KamUser user = CurrentUser.get();
        Visibility visibility;
        try {
            visibility = user == null ? null : visibilities.of(user);
        } catch (RuntimeException e) {
            // The database cannot say what the user may see (it may be down): they see nothing, and the request
            // goes on to fail with the database's own clear error where it needs data.
            visibility = Visibility.NOTHING;
        }
        AccessScope.set(visibility);
        try {
            chain.doFilter(request, response);
        } finally {
            AccessScope.set(null);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
