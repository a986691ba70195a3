package dev.huiyi.tools.review;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/** The frame both pages share: UTF-8, the policy, the inline style; the script goes last, after the content. */
final class PageShell {
    private PageShell() {
    }

    static Document create(String title, String script) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", PageAssets.policy(PageAssets.CSS, script));
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        // an empty icon: otherwise the browser asks for /favicon.ico, which the policy refuses with a console error
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(PageAssets.CSS));
        return doc;
    }

    /** Appends the page's script at the end of the body, where the content it wires up already exists. */
    static void finish(Document doc, String script) {
        doc.body().appendElement("script").appendChild(new DataNode(script));
    }
}
