package org.huzhu.platform.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The one way to move the {@link BusinessClock}, and only in evaluation mode while its demo data loads: the demo loaders
 * set the date and time the application lives at, so that the history they make through the modules' real code carries
 * the past dates it happened on (claim events, assessments, payments, earning runs). Every thread reads the same setting,
 * the batch jobs' threads too.
 *
 * <p>The start-up opens it once, in evaluation mode only, before the demo data loads and before the application serves
 * requests, and closes it for good when the data is loaded (in production it is closed without ever opening). Setting
 * the time while it is not open fails: production's clock cannot be moved.</p>
 */
@ApplicationScoped
public class DemoTime {

    enum State { NOT_YET_OPENED, OPEN, CLOSED }

    private volatile State state = State.NOT_YET_OPENED;
    private volatile Clock clock;

    /** Opens the window for the demo loaders; only in evaluation mode, only once. */
    public synchronized void open(RuntimeMode mode) {
        if (mode != RuntimeMode.EVALUATION) {
            throw new IllegalStateException("the business clock can be moved only while evaluation mode loads its demo data");
        }
        if (state != State.NOT_YET_OPENED) {
            throw new IllegalStateException("the demo time opens once, at start-up, and is " + state);
        }
        state = State.OPEN;
    }

    /** Whether demo loaders may set the time now. */
    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** From now on, until the next move or the close, the application's time is {@code at} (Shanghai time, standing still). */
    public void moveTo(LocalDateTime at) {
        if (state != State.OPEN) {
            throw new IllegalStateException("the business clock can be moved only while evaluation mode loads its demo data");
        }
        clock = Clock.fixed(at.atZone(BusinessClock.ZONE).toInstant(), BusinessClock.ZONE);
    }

    /** Back to the calendar until the next move (a loader that has done its history hands the calendar to the next). */
    public void backToCalendar() {
        clock = null;
    }

    /** Back to the calendar, for good: the demo time cannot be opened again. */
    public synchronized void close() {
        state = State.CLOSED;
        clock = null;
    }

    /** The demo loader's clock while one is set, else {@code null} (the calendar); read by {@link BusinessClock}. */
    public Clock clock() {
        return clock;
    }
}
