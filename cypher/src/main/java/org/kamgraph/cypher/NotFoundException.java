package org.kamgraph.cypher;

/** Something named by the caller does not exist, e.g. no Hospital with id HOS-9. */
public class NotFoundException extends RuntimeException {
    private final String argument;

    public NotFoundException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
