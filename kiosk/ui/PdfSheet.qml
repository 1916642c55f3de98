import QtQuick
import QtQuick.Pdf

// One page of a PdfView: white paper fitted into the sheet on the navy background. Zoomed, it is
// larger than the sheet and pans under the finger; double-tap zooms in on the point touched or back
// out, a pinch zooms continuously.
Flickable {
    id: sheet

    property PdfDocument document
    property int pageIndex: 0
    property real zoom: 1
    readonly property bool ready: image.status === Image.Ready
    // Where the last double-tap or pinch was, as a fraction of the content: zooming keeps it in place.
    property point zoomFocus: Qt.point(0.5, 0.5)

    signal zoomRequested(real factor)

    readonly property size points: document ? document.pagePointSize(pageIndex) : Qt.size(1, 1)
    readonly property real fit: Math.max(0.01, Math.min((width - 2 * Theme.margin) / Math.max(1, points.width),
                                                        (height - 2 * Theme.gutter) / Math.max(1, points.height)))

    function contentSize(factor: real): size {
        return Qt.size(Math.max(width, points.width * fit * factor + 2 * Theme.margin),
                       Math.max(height, points.height * fit * factor + 2 * Theme.gutter));
    }
    function rememberFocus(position: point): void {
        zoomFocus = Qt.point((position.x + contentX) / contentWidth, (position.y + contentY) / contentHeight);
    }

    contentWidth: contentSize(zoom).width
    contentHeight: contentSize(zoom).height
    // Panning is the DragHandler below, as the kiosk's other swipes: the pan follows the finger
    // exactly and stops where it is let go, with no fling to chase on a page being read.
    interactive: false
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    onZoomChanged: {
        const next = contentSize(zoom);
        contentX = Math.max(0, Math.min(next.width - width, zoomFocus.x * next.width - width / 2));
        contentY = Math.max(0, Math.min(next.height - height, zoomFocus.y * next.height - height / 2));
    }

    Rectangle {
        // A flat shadow: the software renderer draws no blur, and an offset edge reads as paper.
        x: paper.x + Theme.px(6)
        y: paper.y + Theme.px(8)
        width: paper.width
        height: paper.height
        color: Qt.rgba(0, 0, 0, 0.35)
    }
    Rectangle {
        id: paper
        width: sheet.points.width * sheet.fit * sheet.zoom
        height: sheet.points.height * sheet.fit * sheet.zoom
        x: (sheet.contentWidth - width) / 2
        y: (sheet.contentHeight - height) / 2
        color: Theme.paper

        PdfPageImage {
            id: image
            objectName: "pdfPage"
            anchors.fill: parent
            document: sheet.document
            currentFrame: sheet.pageIndex
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            // Rendered at the size shown, but at most twice the fitted size: a page at 4x on a 4K
            // screen would be a 300 MB image.
            sourceSize.width: Math.round(Math.min(width, sheet.points.width * sheet.fit * 2))
            sourceSize.height: Math.round(Math.min(height, sheet.points.height * sheet.fit * 2))
        }
    }

    DragHandler {
        id: pan
        property point start
        target: null
        enabled: sheet.zoom > 1
        function follow(): void {
            const dx = centroid.position.x - centroid.pressPosition.x;
            const dy = centroid.position.y - centroid.pressPosition.y;
            sheet.contentX = Math.max(0, Math.min(sheet.contentWidth - sheet.width, start.x - dx));
            sheet.contentY = Math.max(0, Math.min(sheet.contentHeight - sheet.height, start.y - dy));
        }
        // The release may come in the same batch of touch events as the activation: the last
        // position is taken then too.
        onActiveChanged: {
            if (active)
                start = Qt.point(sheet.contentX, sheet.contentY);
            else
                follow();
        }
        onCentroidChanged: if (active) follow()
    }
    TapHandler {
        // Every second tap of a quick series, not only the second: a visitor who double-taps to zoom
        // in and at once again to zoom out makes taps three and four.
        onTapped: (eventPoint, button) => {
            if (tapCount % 2 !== 0)
                return;
            sheet.rememberFocus(eventPoint.position);
            sheet.zoomRequested(sheet.zoom > 1 ? 1 : 2.5);
        }
    }
    PinchHandler {
        id: pinch
        property real startZoom: 1
        target: null
        onActiveChanged: if (active) startZoom = sheet.zoom
        onActiveScaleChanged: {
            if (!active)
                return;
            sheet.rememberFocus(centroid.position);
            sheet.zoomRequested(startZoom * activeScale);
        }
    }
}
