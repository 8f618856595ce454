package app.gendan.team;

import app.gendan.cli.GendanCommand;

/** A colleague typing a gendan command: runs it and prints its exit code and how long it took. */
public final class CommandMain {
    private CommandMain() {}

    public static void main(String[] args) {
        long started = System.nanoTime();
        int code = GendanCommand.run(args);
        System.out.println("EXIT " + code + " " + (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        System.exit(code);
    }
}
