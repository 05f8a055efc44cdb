package org.kamgraph.algorithms.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * A partition of the vertices {@code 0..n-1} into communities, numbered {@code 0..c-1} in a canonical order: by
 * descending size, then by smallest member. Two algorithms that find the same communities thus give equal
 * {@link #membership()} arrays. Carries the modularity of the partition (see {@link Modularity}) on the graph it was
 * found in. Immutable.
 */
public final class Partition {
    private final int[] community;
    private final int[] sizes;
    private final double modularity;

    private Partition(int[] community, int[] sizes, double modularity) {
        this.community = community;
        this.sizes = sizes;
        this.modularity = modularity;
    }

    /**
     * Renumbers {@code labels} (any values in {@code 0..n-1}; equal labels mean the same community) canonically.
     * O(n + c log c).
     */
    static Partition canonical(int[] labels, double modularity) {
        int n = labels.length;
        int[] size = new int[n];
        int[] first = new int[n];
        Arrays.fill(first, -1);
        int count = 0;
        for (int v = 0; v < n; v++) {
            int l = labels[v];
            if (first[l] < 0) {
                first[l] = v;
                count++;
            }
            size[l]++;
        }
        // Sort the labels as longs: size descending in the high bits, first member ascending in the low ones.
        long[] keys = new long[count];
        int k = 0;
        for (int l = 0; l < n; l++) {
            if (first[l] >= 0) {
                keys[k++] = ((long) (n - size[l]) << 32) | first[l];
            }
        }
        Arrays.sort(keys);
        int[] number = new int[n];
        int[] sizes = new int[count];
        for (int c = 0; c < count; c++) {
            int l = labels[(int) keys[c]]; // the label of the community's first member
            number[l] = c;
            sizes[c] = size[l];
        }
        int[] community = new int[n];
        for (int v = 0; v < n; v++) {
            community[v] = number[labels[v]];
        }
        return new Partition(community, sizes, modularity);
    }

    public int vertexCount() {
        return community.length;
    }

    public int communityCount() {
        return sizes.length;
    }

    /** The community ({@code 0..c-1}) of vertex {@code v}. */
    public int communityOf(int v) {
        if (v < 0 || v >= community.length) {
            throw new IllegalArgumentException("no such vertex: " + v);
        }
        return community[v];
    }

    /** The community of every vertex, as a fresh array. */
    public int[] membership() {
        return community.clone();
    }

    /** The number of vertices in community {@code c}. */
    public int size(int c) {
        return sizes[checkCommunity(c)];
    }

    /** The members of community {@code c}, ascending. O(n). */
    public int[] members(int c) {
        checkCommunity(c);
        int[] members = new int[sizes[c]];
        int i = 0;
        for (int v = 0; v < community.length; v++) {
            if (community[v] == c) {
                members[i++] = v;
            }
        }
        return members;
    }

    /** The modularity of this partition on the graph it was computed for. */
    public double modularity() {
        return modularity;
    }

    /** The communities in order, each an unmodifiable set of its members in ascending order. O(n). */
    public List<Set<Integer>> communities() {
        List<Set<Integer>> sets = new ArrayList<>(sizes.length);
        for (int size : sizes) {
            sets.add(new LinkedHashSet<>(size * 2));
        }
        for (int v = 0; v < community.length; v++) {
            sets.get(community[v]).add(v);
        }
        sets.replaceAll(Collections::unmodifiableSet);
        return Collections.unmodifiableList(sets);
    }

    /** This partition as a JGraphT clustering (clusters in community order). */
    public ClusteringAlgorithm.Clustering<Integer> toClustering() {
        return new ClusteringAlgorithm.ClusteringImpl<>(communities());
    }

    private int checkCommunity(int c) {
        if (c < 0 || c >= sizes.length) {
            throw new IllegalArgumentException("no such community: " + c + " (there are " + sizes.length + ")");
        }
        return c;
    }

    @Override
    public String toString() {
        return "Partition[" + sizes.length + " communities, sizes " + Arrays.toString(sizes) + ", modularity "
                + modularity + "]";
    }
}
