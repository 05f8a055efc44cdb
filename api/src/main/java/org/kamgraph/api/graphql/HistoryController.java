package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import java.time.LocalDate;
import org.kamgraph.api.history.ChangeReports;
import org.kamgraph.api.history.ChangeReports.ChangeReport;
import org.kamgraph.cypher.BadInputException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Time travel: what changed between two days for an account or a decision. */
@Controller
public class HistoryController {
    private final ChangeReports reports;

    public HistoryController(ChangeReports reports) {
        this.reports = reports;
    }

    @QueryMapping
    public ChangeReport changes(@Argument NodeRef account, @Argument String decision, @Argument LocalDate from,
                                @Argument LocalDate to, @Argument Integer top) {
        if ((account == null) == (decision == null)) {
            throw new BadInputException("account", "give exactly one of account and decision");
        }
        int n = Arguments.range(top == null ? 20 : top, 1, Cursors.MAX_PAGE, "top");
        return decision != null ? reports.forDecision(Arguments.id(decision, "decision"), from, to, n)
                : reports.forAccount(account.kind(), Arguments.id(account.id(), "account.id"), from, to, n);
    }
}
