package dev.huiyi.pipeline;

import dev.huiyi.text.Deadline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stages in order; the order is checked when the pipeline is built: every requirement is provided earlier. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages, Set<Slot<?>> initial) {
        Set<Slot<?>> available = new HashSet<>(initial);
        for (Stage stage : stages) {
            for (Slot<?> need : stage.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' requires '" + need.name()
                            + "', which no earlier stage provides");
                }
            }
            available.addAll(stage.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public void run(Context context) {
        for (Stage stage : stages) {
            Deadline.check();
            stage.apply(context);
        }
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }
}
