package org.kamgraph.demo;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.model.NodeKind;

/** One organization of the demo market (any organization kind), with what the edge writer needs to know about it. */
final class Org {
    final NodeKind kind;
    final int seq;
    /** Position in {@link Market#orgs}. */
    final int index;
    String name;
    /** Region index; national organizations carry their headquarters' region. */
    int region;
    boolean national;
    /** City and territory indexes in the region, or -1. */
    int city = -1;
    int territory = -1;
    /** authorityType, payerType, committeeType, pharmacyType, or the specialty of a clinic or department. */
    String subtype;
    /** Tiers of a payer's or PBM's formulary (3 to 6); its listings are on tiers 1 to this. */
    int formularyTiers;
    /** Beds (hospital), lives covered (payer, PBM). */
    long size;
    boolean teaching;
    /** Physician specialty index ({@link Market#SPECIALTIES}) of a department or clinic; -1 for none or several. */
    int specialty = -1;
    /** Annual drug spend in USD: what flows through the organization. */
    double spend;
    int founded = Dates.NONE;
    int npi = -1;
    String ccn;
    String systemId;

    /** Current PART_OF target and since when; an earlier one, with its period, for some. */
    Org parent;
    int parentFrom = Dates.NONE;
    Org formerParent;
    int formerFrom = Dates.NONE;
    int formerTo = Dates.NONE;
    /** Owning IDN, directly or through a hospital. */
    Org idn;
    Org aco;
    int acoFrom = Dates.NONE;
    /** The payer's PBM (and a former one), the provider's prime and secondary wholesaler. */
    Org pbm;
    Org formerPbm;
    int pbmFrom = Dates.NONE;
    Org wholesaler;
    Org wholesaler2;
    /** Index in {@link Names#PBMS} of the PBM owning this pharmacy, or -1. */
    int ownerPbm = -1;

    /** Staff range [pStart, pEnd) in the people table; IDNs span their hospitals' and clinics' staff too. */
    int pStart;
    int pEnd;
    int ceo = -1;
    int cfo = -1;
    int cmo = -1;
    int nurseLead = -1;
    int pharmacyLead = -1;
    int procurement = -1;
    int economist = -1;
    /** Department head (departments) or medical director (clinics, payers). */
    int head = -1;

    final List<Org> hospitals = new ArrayList<>(0);
    final List<Org> clinics = new ArrayList<>(0);
    final List<Org> departments = new ArrayList<>(0);
    final List<Org> committees = new ArrayList<>(0);
    Org pharmacy;
    Org pharmacyDept;

    /** Committee seats: person, role index into {@link Market#SEAT_ROLES}, from, to. */
    int[] seats = new int[0];
    int seatCount;

    Org(NodeKind kind, int seq, int index) {
        this.kind = kind;
        this.seq = seq;
        this.index = index;
    }

    void addSeat(int person, int role, int from, int to) {
        if (seats.length < (seatCount + 1) * 4) {
            seats = java.util.Arrays.copyOf(seats, Math.max(16, seats.length * 2));
        }
        int i = seatCount * 4;
        seats[i] = person;
        seats[i + 1] = role;
        seats[i + 2] = from;
        seats[i + 3] = to;
        seatCount++;
    }

    boolean seated(int person) {
        for (int i = 0; i < seatCount; i++) {
            if (seats[i * 4] == person) {
                return true;
            }
        }
        return false;
    }

    int peopleCount() {
        return pEnd - pStart;
    }

    @Override
    public String toString() {
        return kind.label() + "#" + seq + " " + name;
    }
}
