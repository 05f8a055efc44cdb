package org.kamgraph.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /graphiql}: the offline GraphiQL page (static/graphiql/index.html). */
@Controller
public class GraphiqlPage {
    @GetMapping({"/graphiql", "/graphiql/"})
    public String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
