package dev.huiyi.tools.eval;

/** The set-scored metrics, in report order; {@link #key()} is the name used in JSON, tables and baselines. */
public enum Metric {
    ATTENDEES("attendees"),
    SPEAKERS("speakers"),
    HOSTS("hosts"),
    SPEAKER_SPEECH_TYPE("speakerSpeechType"),
    PERSON_TITLES("personTitles"),
    PARTICIPATING_UNITS("participatingUnits"),
    SLOGANS("slogans"),
    ORGANIZERS("organizers"),
    KEY_POINTS("keyPoints");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
