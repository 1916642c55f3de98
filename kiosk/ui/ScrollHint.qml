import QtQuick

// Shows that an area scrolls: a slim bar at its trailing edge that tracks the position, and a
// fade where more lies beyond. Placed over the flickable (a sibling, not a child), it covers its
// geometry and takes no touches. Visitors are never left with content they cannot tell is there.
Item {
    id: hint

    required property Flickable flickable
    readonly property bool vertical: flickable.contentHeight > flickable.height + 1
    readonly property bool horizontal: !vertical && flickable.contentWidth > flickable.width + 1
    readonly property bool more: vertical ? flickable.contentY + flickable.height < flickable.contentHeight - 1
                                          : flickable.contentX + flickable.width < flickable.contentWidth - 1
    property color fade: Theme.navy

    objectName: "scrollHint"
    x: flickable.x
    y: flickable.y
    width: flickable.width
    height: flickable.height
    visible: vertical || horizontal
    z: flickable.z + 1

    // The fade at the far end while there is more: text runs into it rather than stopping at an edge.
    Rectangle {
        visible: hint.more && hint.vertical
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.min(Theme.px(96), parent.height / 4)
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: hint.fade }
        }
    }
    // The bar: the track, and the thumb in gold, sized and placed as the view is in its content.
    Rectangle {
        id: track
        readonly property real thickness: Theme.px(6)
        x: hint.vertical ? (LayoutMirroring.enabled ? 0 : parent.width - thickness) : 0
        y: hint.vertical ? 0 : parent.height - thickness
        width: hint.vertical ? thickness : parent.width
        height: hint.vertical ? parent.height : thickness
        radius: thickness / 2
        color: Qt.rgba(1, 1, 1, 0.12)
        Rectangle {
            readonly property real ratio: hint.vertical ? hint.flickable.visibleArea.heightRatio
                                                        : hint.flickable.visibleArea.widthRatio
            readonly property real position: hint.vertical ? hint.flickable.visibleArea.yPosition
                                                           : hint.flickable.visibleArea.xPosition
            x: hint.vertical ? 0 : track.width * position
            y: hint.vertical ? track.height * position : 0
            width: hint.vertical ? track.width : track.width * ratio
            height: hint.vertical ? track.height * ratio : track.height
            radius: track.radius
            color: Theme.gold
        }
    }
}
