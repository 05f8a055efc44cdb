package org.kamgraph.demo;

import java.util.Arrays;
import org.kamgraph.model.NodeKind;

/**
 * The people of the demo market (Person and Clinician nodes) as parallel primitive arrays, so that a national
 * market of a million people costs tens of megabytes, not hundreds.
 */
final class People {
    static final byte FLAG_KOL = 1;
    static final byte FLAG_UNCOVERED = 2;
    static final byte FLAG_HEAD = 4;
    static final byte FLAG_PRESCRIBER = 8;
    static final byte FLAG_EXEC = 16;

    int n;
    boolean[] clinician = new boolean[1024];
    int[] seq = new int[1024];
    short[] first = new short[1024];
    short[] last = new short[1024];
    byte[] role = new byte[1024];
    byte[] profession = new byte[1024];
    byte[] specialty = new byte[1024];
    short[] title = new short[1024];
    int[] org = new int[1024];
    int[] unit = new int[1024];
    int[] boss = new int[1024];
    /** Since when p reports to their current boss; an earlier, more senior manager (-1: none) and since when. */
    int[] bossSince = new int[1024];
    int[] formerBoss = new int[1024];
    int[] formerSince = new int[1024];
    int[] hired = new int[1024];
    byte[] flags = new byte[1024];
    /** Referral pull for specialists, reach for key opinion leaders. */
    float[] weight = new float[1024];
    /** Prescribing volume multiplier (0 for non-prescribers). */
    float[] volume = new float[1024];

    private int[] clinicianIndex;
    private int persons;
    private int clinicians;

    int add(boolean isClinician) {
        if (n == seq.length) {
            grow();
        }
        int i = n++;
        clinician[i] = isClinician;
        seq[i] = isClinician ? clinicians++ : persons++;
        unit[i] = -1;
        boss[i] = -1;
        formerBoss[i] = -1;
        specialty[i] = -1;
        profession[i] = -1;
        return i;
    }

    NodeKind kind(int p) {
        return clinician[p] ? NodeKind.CLINICIAN : NodeKind.PERSON;
    }

    int count(NodeKind kind) {
        return kind == NodeKind.CLINICIAN ? clinicians : persons;
    }

    boolean has(int p, byte flag) {
        return (flags[p] & flag) != 0;
    }

    /** The person index of the {@code seq}-th clinician. */
    int ofClinician(int seq) {
        if (clinicianIndex == null || clinicianIndex.length != clinicians) {
            int[] index = new int[clinicians];
            for (int p = 0; p < n; p++) {
                if (clinician[p]) {
                    index[this.seq[p]] = p;
                }
            }
            clinicianIndex = index;
        }
        return clinicianIndex[seq];
    }

    boolean isPhysician(int p) {
        return profession[p] == Market.PHYSICIAN;
    }

    private void grow() {
        int c = seq.length * 2;
        clinician = Arrays.copyOf(clinician, c);
        seq = Arrays.copyOf(seq, c);
        first = Arrays.copyOf(first, c);
        last = Arrays.copyOf(last, c);
        role = Arrays.copyOf(role, c);
        profession = Arrays.copyOf(profession, c);
        specialty = Arrays.copyOf(specialty, c);
        title = Arrays.copyOf(title, c);
        org = Arrays.copyOf(org, c);
        unit = Arrays.copyOf(unit, c);
        boss = Arrays.copyOf(boss, c);
        bossSince = Arrays.copyOf(bossSince, c);
        formerBoss = Arrays.copyOf(formerBoss, c);
        formerSince = Arrays.copyOf(formerSince, c);
        hired = Arrays.copyOf(hired, c);
        flags = Arrays.copyOf(flags, c);
        weight = Arrays.copyOf(weight, c);
        volume = Arrays.copyOf(volume, c);
    }
}
