package org.kamgraph.api.web;

import java.time.LocalDate;
import java.util.Locale;
import org.kamgraph.api.graphql.Arguments;
import org.kamgraph.api.keyaccounts.AccountPlan;
import org.kamgraph.api.keyaccounts.AccountPlanService;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews;
import org.kamgraph.api.keyaccounts.PlanPage;
import org.kamgraph.api.keyaccounts.PlanPdf;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.model.NodeKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable account plan: {@code GET /plan/{kind}/{id}} as an HTML page, {@code GET /plan/{kind}/{id}.pdf} (or
 * {@code ?format=pdf}) as a one-page PDF; {@code asOf} (YYYY-MM-DD) and {@code paper} (letter, a4) as parameters.
 */
@RestController
public class PlanPageController {
    private final AccountPlanService plans;

    public PlanPageController(AccountPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/plan/{kind}/{id}")
    public ResponseEntity<?> plan(@PathVariable String kind, @PathVariable String id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) String paper, @RequestParam(required = false) String format,
                                  @RequestParam(required = false) Integer stakeholders) {
        boolean pdf = "pdf".equalsIgnoreCase(format) || id.endsWith(".pdf");
        String accountId = Arguments.id(id.endsWith(".pdf") ? id.substring(0, id.length() - 4) : id, "id");
        NodeKind k = NodeKind.byLabel(kind).orElseThrow(() -> new BadInputException("kind", "unknown kind '" + kind + "'; accounts are "
                + String.join(", ", NodeKind.accounts().stream().map(NodeKind::label).toList())));
        PlanPage.Paper p = paper == null ? PlanPage.Paper.LETTER : switch (paper.toLowerCase(Locale.ROOT)) {
            case "letter" -> PlanPage.Paper.LETTER;
            case "a4" -> PlanPage.Paper.A4;
            default -> throw new BadInputException("paper", "must be letter or a4, was '" + paper + "'");
        };
        // A user limited to territories: the same rules as over GraphQL (the account must be visible, the plan is
        // computed on the visible graph by the request's AccessScope, and whatever else names a hidden node is dropped).
        var restriction = org.kamgraph.cypher.AccessScope.current();
        if (restriction != null && !restriction.allows(k, accountId)) {
            throw new NotFoundException("id", "no " + k.label() + " with id '" + accountId + "'");
        }
        var plan = plans.plan(k, accountId, Arguments.asOf(asOf), Arguments.range(stakeholders == null ? 10 : stakeholders, 1, 50, "stakeholders"));
        if (restriction instanceof org.kamgraph.api.security.Visibility v) {
            Object visible = new org.kamgraph.api.security.Redactor(v).redact(plan);
            if (!(visible instanceof AccountPlan p2)) {
                throw new NotFoundException("id", "no " + k.label() + " with id '" + accountId + "'");
            }
            plan = p2;
        }
        if (pdf) {
            PlanPdf.Rendered r = PlanPdf.render(plan, p);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("account-plan-" + k.label() + "-" + accountId + ".pdf")
                            .build().toString())
                    .header("X-Plan-Pages", String.valueOf(r.pages())).header("X-Plan-Density", String.valueOf(r.level()))
                    .body(r.pdf());
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(PlanPage.render(plan, p, PlanPage.Density.LEVELS.getFirst(), false));
    }

    @ExceptionHandler(BadInputException.class)
    public ResponseEntity<String> bad(BadInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage() + "\n");
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }
}
