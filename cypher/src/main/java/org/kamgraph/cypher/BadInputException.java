package org.kamgraph.cypher;

/** Input that cannot be used: names the argument (or field) at fault and why. */
public class BadInputException extends RuntimeException {
    private final String argument;

    public BadInputException(String argument, String message) {
        super(argument == null ? message : argument + ": " + message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
