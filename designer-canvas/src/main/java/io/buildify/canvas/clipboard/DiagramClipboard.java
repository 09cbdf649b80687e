package io.buildify.canvas.clipboard;

import io.buildify.canvas.model.DiagramElement;
import io.buildify.canvas.model.DiagramModel;
import io.buildify.canvas.model.DiagramSnapshot;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds copied diagram parts as a {@link DiagramSnapshot}: the copied nodes and the edges whose both ends are
 * among them. It carries type names, not objects, so one clipboard ({@link #shared()}) serves every canvas of the
 * application, and pasting into another diagram works when it knows the same node types.
 *
 * <p>With the system clipboard on (as for {@link #shared()}), a copy also goes to the system clipboard as
 * {@link #DATA_FORMAT} (the {@link SnapshotJson} text) plus plain text (the node labels, one a line), so another
 * application instance can paste it; reading the contents first takes newer diagram data from the system
 * clipboard. The system clipboard is used on the FX thread only.
 */
public final class DiagramClipboard {
    public static final String MIME_TYPE = "application/x-buildify-diagram+json";
    public static final DataFormat DATA_FORMAT = dataFormat();
    private static final DiagramClipboard SHARED = new DiagramClipboard(true);

    private final ReadOnlyObjectWrapper<DiagramSnapshot> contents =
            new ReadOnlyObjectWrapper<>(this, "contents", new DiagramSnapshot(List.of(), List.of()));
    private final boolean useSystemClipboard;
    private String lastExchanged;
    private int pasteCount;

    /** A clipboard of its own, in memory only. */
    public DiagramClipboard() {
        this(false);
    }

    /** A clipboard of its own, also writing to and reading from the system clipboard when asked. */
    public DiagramClipboard(boolean useSystemClipboard) {
        this.useSystemClipboard = useSystemClipboard;
    }

    public static DiagramClipboard shared() {
        return SHARED;
    }

    /** Copies the selected nodes and the edges among them; returns false (and keeps the contents) if no node is selected. */
    public boolean copy(DiagramModel model, Collection<? extends DiagramElement> selection) {
        DiagramSnapshot fragment = fragmentOf(model, selection);
        if (fragment.nodes().isEmpty()) {
            return false;
        }
        contents.set(fragment);
        pasteCount = 0;
        if (systemClipboardUsable()) {
            lastExchanged = SnapshotJson.write(fragment);
            String labels = fragment.nodes().stream().map(DiagramSnapshot.NodeState::label)
                    .collect(Collectors.joining(System.lineSeparator()));
            Clipboard.getSystemClipboard().setContent(Map.of(DATA_FORMAT, lastExchanged, DataFormat.PLAIN_TEXT, labels));
        }
        return true;
    }

    public ReadOnlyObjectProperty<DiagramSnapshot> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** What a paste would add: diagram data another application put on the system clipboard, or the last copy. */
    public DiagramSnapshot getContents() {
        importFromSystemClipboard();
        return contents.get();
    }

    /** How far the next paste is shifted, so repeated pastes do not stack exactly on top of each other. */
    public double nextPasteOffset(double step) {
        return ++pasteCount * step;
    }

    public static DiagramSnapshot fragmentOf(DiagramModel model, Collection<? extends DiagramElement> selection) {
        Set<String> nodeIds = new HashSet<>();
        List<DiagramSnapshot.NodeState> nodes = model.nodes().stream()
                .filter(selection::contains)
                .peek(n -> nodeIds.add(n.id()))
                .map(DiagramSnapshot.NodeState::of).toList();
        List<DiagramSnapshot.EdgeState> edges = model.edges().stream()
                .filter(e -> nodeIds.contains(e.source().nodeId()) && nodeIds.contains(e.target().nodeId()))
                .map(DiagramSnapshot.EdgeState::of).toList();
        return new DiagramSnapshot(nodes, edges);
    }

    /**
     * Takes diagram data from the system clipboard when it differs from what this clipboard last exchanged
     * (another application copied since). Anything else there — text, an image, broken data — is left alone.
     */
    private void importFromSystemClipboard() {
        if (!systemClipboardUsable()) {
            return;
        }
        Clipboard system = Clipboard.getSystemClipboard();
        String json = system.hasContent(DATA_FORMAT) ? text(system.getContent(DATA_FORMAT)) : null;
        if (json == null || json.equals(lastExchanged)) {
            return;
        }
        try {
            contents.set(SnapshotJson.read(json));
            lastExchanged = json;
            pasteCount = 0;
        } catch (IllegalArgumentException unreadable) {
            // Not data this version understands: keep the last local copy.
        }
    }

    private boolean systemClipboardUsable() {
        return useSystemClipboard && Platform.isFxApplicationThread();
    }

    /** Custom formats arrive as the string in-process, and may arrive as bytes from another process. */
    private static String text(Object content) {
        if (content instanceof String string) {
            return string;
        }
        if (content instanceof ByteBuffer buffer) {
            return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
        }
        if (content instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return null;
    }

    private static DataFormat dataFormat() {
        DataFormat existing = DataFormat.lookupMimeType(MIME_TYPE);
        return existing != null ? existing : new DataFormat(MIME_TYPE);
    }
}
