pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// A video in a speech: muted until a visitor turns the sound on (a hall full of kiosks talking at
// once is noise, and nobody expects a screen to speak before they touch it), a large play button,
// a scrub bar as tall as a fingertip, and the time. Tapping the picture plays or pauses it.
// `playing` lets the screen hold its idle timer while a video runs.
Item {
    id: view
    objectName: "videoView"

    property url source
    property bool muted: true
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property int position: player.position
    readonly property int duration: player.duration
    readonly property bool failed: player.error !== MediaPlayer.NoError
    // True once a frame can be shown: previews and tests wait for it.
    readonly property bool loaded: player.mediaStatus === MediaPlayer.LoadedMedia
                                   || player.mediaStatus === MediaPlayer.BufferedMedia
                                   || player.mediaStatus === MediaPlayer.EndOfMedia

    function play(): void {
        player.play();
    }
    function pause(): void {
        player.pause();
    }
    function toggle(): void {
        if (playing)
            player.pause();
        else
            player.play();
    }
    // "1:05", in the visitor's digits.
    function clock(ms: int): string {
        const seconds = Math.max(0, Math.floor(ms / 1000));
        const rest = seconds % 60;
        return Theme.number(Math.floor(seconds / 60)) + ":" + (rest < 10 ? Theme.number(0) : "") + Theme.number(rest);
    }

    onSourceChanged: muted = true

    Rectangle {
        anchors.fill: parent
        color: Theme.navy
    }

    MediaPlayer {
        id: player
        source: view.source
        videoOutput: output
        audioOutput: AudioOutput {
            muted: view.muted
        }
    }

    Rectangle {
        id: screen
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            bottom: bar.top
            margins: Theme.gutter
        }
        color: "#000000"
        radius: Theme.radius

        VideoOutput {
            id: output
            objectName: "videoOutput"
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
            // VideoOutput draws with a shader: with Qt Quick's software renderer its picture stays
            // black, so the kiosk offers video only where it renders with the GPU (media.py).
        }

        TapHandler {
            onTapped: view.toggle()
        }

        // The big play button over a paused picture; gone while it plays, so nothing covers it.
        Rectangle {
            objectName: "videoBigPlay"
            anchors.centerIn: parent
            width: Theme.px(160)
            height: width
            radius: width / 2
            color: Theme.gold
            visible: !view.playing && !view.failed
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Play")

            Icon {
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: Theme.px(6)
                name: "play"
                color: Theme.inkOnGold
                width: Theme.px(72)
                height: width
            }
        }

        Text {
            anchors.centerIn: parent
            visible: view.failed
            text: qsTr("This video cannot be played.")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
        }
    }

    Item {
        id: bar
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
            leftMargin: Theme.gutter
            rightMargin: Theme.gutter
        }
        height: Theme.touch + 2 * Theme.gutter

        KioskButton {
            id: playPause
            objectName: "videoPlayPause"
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            icon: view.playing ? "pause" : "play"
            tint: Theme.gold
            foreground: Theme.inkOnGold
            Accessible.name: view.playing ? qsTr("Pause") : qsTr("Play")
            onClicked: view.toggle()
        }
        Text {
            id: elapsed
            objectName: "videoTime"
            anchors.left: playPause.right
            anchors.leftMargin: Theme.gutter
            anchors.verticalCenter: parent.verticalCenter
            text: view.clock(scrub.shownPosition)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
            font.features: { "tnum": 1 }
        }
        Scrubber {
            id: scrub
            objectName: "videoScrub"
            anchors {
                left: elapsed.right
                right: total.left
                leftMargin: Theme.gutter
                rightMargin: Theme.gutter
                verticalCenter: parent.verticalCenter
            }
            position: player.position
            duration: player.duration
            onSeekRequested: ms => player.setPosition(ms)
        }
        Text {
            id: total
            objectName: "videoDuration"
            anchors.right: sound.left
            anchors.rightMargin: Theme.gutter
            anchors.verticalCenter: parent.verticalCenter
            text: view.clock(player.duration)
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.meta
            font.features: { "tnum": 1 }
        }
        KioskButton {
            id: sound
            objectName: "videoSound"
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            icon: view.muted ? "muted" : "sound"
            label: Theme.compact ? "" : (view.muted ? qsTr("Sound on") : qsTr("Sound off"))
            description: view.muted ? qsTr("Turn the sound on") : qsTr("Turn the sound off")
            Accessible.name: view.muted ? qsTr("Sound on") : qsTr("Sound off")
            onClicked: view.muted = !view.muted
        }
    }
}
