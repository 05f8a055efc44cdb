package org.kamgraph.api.web.app;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: the web app (static/app/index.html), a single page of plain ES modules talking to {@code /graphql}.
 * Its libraries (cytoscape.js) come from WebJars under {@code /webjars/**}; nothing is loaded from a CDN.
 */
@Controller
public class WebAppPage {
    @GetMapping({"/", "/app", "/app/"})
    public String app() {
        return "forward:/app/index.html";
    }
}
