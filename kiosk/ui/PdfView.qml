pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Pdf

// A PDF document, one page at a time: swipe or the large arrows to turn pages, double-tap or pinch to
// zoom (and then drag to pan), and the position ("3 / 12") between the arrows. Each page is a
// PdfPageImage, an Image that QtPdf renders on a thread: PdfPageView and PdfMultiPageView add search
// and selection drawn with Shapes, which visitors do not need, and this stays plain images that the
// software renderer draws. `page` counts from 0, like PdfDocument's pages.
Item {
    id: view
    objectName: "pdfView"

    property url source
    property int page: 0
    readonly property int pageCount: pdf.status === PdfDocument.Ready ? pdf.pageCount : 0
    readonly property bool failed: pdf.status === PdfDocument.Error
    // True once the page on screen is drawn: tests and previews wait for it.
    readonly property bool pageReady: pages.currentItem !== null && (pages.currentItem as PdfSheet).ready
    // Previews wait for the page (or the note that it cannot be opened), not a blank sheet.
    readonly property bool settled: pageReady || failed
    // 1 shows the whole page; double-tap zooms in this far.
    readonly property real closeZoom: 2.5
    property real zoom: 1

    function goTo(index: int): void {
        page = Math.max(0, Math.min(pageCount - 1, index));
    }

    onPageChanged: zoom = 1
    onSourceChanged: page = 0

    PdfDocument {
        id: pdf
        source: view.source
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.navy
    }

    ListView {
        id: pages
        objectName: "pdfPages"
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            bottom: bar.top
        }
        clip: true
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.navDuration
        boundsBehavior: Flickable.StopAtBounds
        // The swipe below turns the pages: the list's own flick needs a finger dragged past the
        // middle or flicked fast, and a slow, short swipe should turn a page as on paper.
        interactive: false
        // The neighbouring pages render before they are swiped in.
        cacheBuffer: Math.max(0, width)
        // No pages before the list has its width: pages of no width all sit at the start, and the
        // strict range then made the last one current (a speech opened at once showed page 3 of 3).
        model: width > 0 ? view.pageCount : 0
        currentIndex: view.page
        onCurrentIndexChanged: if (currentIndex >= 0) view.page = currentIndex

        delegate: PdfSheet {
            required property int index
            width: pages.width
            height: pages.height
            document: pdf
            pageIndex: index
            zoom: index === view.page ? view.zoom : 1
            onZoomRequested: factor => view.zoom = Math.max(1, Math.min(4, factor))
        }
    }

    // Swipe: the pages follow the finger, and on release a swipe longer than a fingertip turns the
    // page (against the reading direction for the next one). A zoomed page pans instead.
    DragHandler {
        id: swipe
        target: null
        enabled: view.zoom === 1 && view.pageCount > 1
        xAxis.enabled: true
        yAxis.enabled: false
        property real startX: 0
        property int startPage: 0
        onActiveChanged: {
            if (active) {
                snap.stop();
                startX = pages.contentX;
                startPage = view.page;
                return;
            }
            // From the press, not activeTranslation: that counts from the drag threshold and is
            // already reset when the release arrives.
            const dx = -(centroid.position.x - centroid.pressPosition.x) * (view.LayoutMirroring.enabled ? -1 : 1);
            const next = dx > Theme.px(80) ? startPage + 1 : dx < -Theme.px(80) ? startPage - 1 : startPage;
            view.goTo(next);
            snap.to = pages.originX + view.page * pages.width;
            snap.start();
        }
        onCentroidChanged: if (active) pages.contentX = startX - (centroid.position.x - centroid.pressPosition.x)
    }
    NumberAnimation {
        id: snap
        target: pages
        property: "contentX"
        duration: Theme.navDuration
        easing.type: Easing.OutCubic
    }

    Text {
        anchors.centerIn: pages
        visible: view.pageCount === 0
        text: view.failed ? qsTr("This document cannot be opened.") : qsTr("Opening the document…")
        color: Theme.textSoft
        font.family: Theme.fontFamily
        font.pixelSize: Theme.body
    }

    Item {
        id: bar
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        height: Theme.touch + 2 * Theme.gutter
        visible: view.pageCount > 0

        KioskButton {
            objectName: "pdfPrevious"
            anchors.right: position.left
            anchors.rightMargin: Theme.gutter
            anchors.verticalCenter: parent.verticalCenter
            icon: "back"
            Accessible.name: qsTr("Previous page")
            enabled: view.page > 0
            opacity: enabled ? 1 : 0.35
            onClicked: view.goTo(view.page - 1)
        }
        Text {
            id: position
            objectName: "pdfPosition"
            anchors.centerIn: parent
            width: Math.max(implicitWidth, Theme.px(180))
            horizontalAlignment: Text.AlignHCenter
            text: Theme.number(view.page + 1) + " / " + Theme.number(view.pageCount)
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Page %1 of %2").arg(Theme.number(view.page + 1)).arg(Theme.number(view.pageCount))
        }
        KioskButton {
            objectName: "pdfNext"
            anchors.left: position.right
            anchors.leftMargin: Theme.gutter
            anchors.verticalCenter: parent.verticalCenter
            icon: "next"
            Accessible.name: qsTr("Next page")
            enabled: view.page < view.pageCount - 1
            opacity: enabled ? 1 : 0.35
            onClicked: view.goTo(view.page + 1)
        }
    }
}
