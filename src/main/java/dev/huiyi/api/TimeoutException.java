package dev.huiyi.api;

/**
 * One report took longer than its time budget (or its thread was interrupted): the work on it stopped and nothing of
 * it is returned. A batch records it as the input's error line and goes on.
 */
public class TimeoutException extends HuiyiException {
    /**
     * The report's work stopped.
     *
     * @param message which budget ran out, or that the thread was interrupted
     */
    public TimeoutException(String message) {
        super(message, null);
    }
}
