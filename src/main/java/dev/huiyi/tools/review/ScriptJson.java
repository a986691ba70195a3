package dev.huiyi.tools.review;

/**
 * JSON made safe to sit inside a {@code <script type="application/json">} block. The HTML parser ends a script at
 * the first {@code </script} and treats {@code <!--} specially, whatever JSON means there; writing {@code <}, {@code >}
 * and {@code &} as JSON's own {@code \u003c}-style escapes leaves the value unchanged for {@code JSON.parse} and
 * gives the parser nothing to see. They only ever occur inside strings, where the escape is valid JSON.
 */
final class ScriptJson {
    private ScriptJson() {
    }

    static String embed(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
