package org.kamgraph.demo;

import org.kamgraph.model.NodeKind;
import org.kamgraph.model.Npi;

/**
 * Stable, human-readable ids ({@code HOS-0001}, {@code PER-000123}) and valid NPIs. Clinicians are named by their NPI
 * as the published-format readers name them ({@code NPI-1234567893}, readers' {@code Identities.npiId}), so that the
 * NPI registry file, the prescribing and referral files and our own files refer to the same node.
 */
final class Ids {
    private static final String[] PREFIX = new String[NodeKind.values().length];
    private static final int[] WIDTH = new int[NodeKind.values().length];

    static {
        def(NodeKind.HEALTH_AUTHORITY, "AUT", 3);
        def(NodeKind.PAYER, "PAY", 3);
        def(NodeKind.PBM, "PBM", 2);
        def(NodeKind.IDN, "IDN", 4);
        def(NodeKind.ACO, "ACO", 3);
        def(NodeKind.HOSPITAL, "HOS", 4);
        def(NodeKind.CLINIC, "CLI", 5);
        def(NodeKind.DEPARTMENT, "DEP", 5);
        def(NodeKind.COMMITTEE, "COM", 4);
        def(NodeKind.WHOLESALER, "WHS", 3);
        def(NodeKind.PHARMACY, "PHA", 6);
        def(NodeKind.PERSON, "PER", 6);
        def(NodeKind.CLINICIAN, "CLN", 6);
        def(NodeKind.TEAM_MEMBER, "TM", 4);
        def(NodeKind.PRODUCT, "PRD", 3);
        def(NodeKind.DECISION, "DEC", 4);
        def(NodeKind.INITIATIVE, "INI", 4);
        def(NodeKind.MILESTONE, "MIL", 5);
        for (NodeKind k : NodeKind.values()) {
            if (PREFIX[k.ordinal()] == null) {
                throw new AssertionError("no id prefix for " + k);
            }
        }
    }

    private static void def(NodeKind k, String prefix, int width) {
        PREFIX[k.ordinal()] = prefix + "-";
        WIDTH[k.ordinal()] = width;
    }

    private final int[] width = new int[NodeKind.values().length];
    private final long npiOffset;

    /** Ids for a market: numbers are zero-padded to the default width, or wider if a kind has more nodes. */
    Ids(Market m) {
        for (NodeKind k : NodeKind.values()) {
            width[k.ordinal()] = Math.max(WIDTH[k.ordinal()], String.valueOf(m.count(k)).length());
        }
        npiOffset = Math.floorMod(Rng.mix(m.seed ^ 0x4E5049L), 100_000_000L);
    }

    /** The id of the {@code seq}-th node (from 0) of a kind; numbering starts at 1. */
    String of(NodeKind kind, int seq) {
        if (kind == NodeKind.CLINICIAN) {
            return npiId(npi(false, seq));
        }
        String prefix = PREFIX[kind.ordinal()];
        int w = width[kind.ordinal()];
        char[] c = new char[prefix.length() + w];
        prefix.getChars(0, prefix.length(), c, 0);
        int n = seq + 1;
        for (int i = c.length - 1; i >= prefix.length(); i--) {
            c[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        return new String(c);
    }

    /** The id of the clinician with this NPI, the readers' convention. */
    static String npiId(String npi) {
        return "NPI-" + npi;
    }

    /**
     * A valid NPI: first digit 1 (individuals) or 2 (organizations), eight digits that are a bijection of the
     * serial (so NPIs are unique per space), and the Luhn check digit.
     */
    String npi(boolean organization, int serial) {
        long body = Math.floorMod(serial * 48_271L + npiOffset, 100_000_000L);
        String digits = Long.toString(body);
        String nine = (organization ? "2" : "1") + "0".repeat(8 - digits.length()) + digits;
        return nine + Npi.checkDigit(nine);
    }

    /** A non-negative number with a fixed count of decimals (2 or 3), formatted without locale or exponent. */
    static String decimal(double x, int decimals) {
        long f = decimals == 2 ? 100 : 1000;
        long v = Math.round(x * f);
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + x);
        }
        String frac = Long.toString(v % f);
        StringBuilder sb = new StringBuilder(24).append(v / f).append('.');
        for (int i = frac.length(); i < decimals; i++) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }
}
