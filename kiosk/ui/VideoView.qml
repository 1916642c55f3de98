pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// A video in a speech: muted until a visitor turns the sound on (a hall full of kiosks talking at
// once is noise, and nobody expects a screen to speak before they touch it), a large play button,
// a scrub bar as tall as a fingertip, and the time. Tapping the picture plays or pauses it.
// `playing` lets the screen hold its idle timer while a video runs. With Qt Quick's software renderer,
// which cannot draw VideoOutput, `frames` (videoframes.py) takes the frames and an Image shows them.
Item {
    id: view
    objectName: "videoView"

    property url source
    property VideoFrames frames: null  // a VideoFrames where the CPU renders; null: VideoOutput on the GPU
    property bool muted: true
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property int position: player.position
    readonly property int duration: player.duration
    readonly property bool failed: player.error !== MediaPlayer.NoError
    // True once a frame can be shown.
    readonly property bool loaded: player.mediaStatus === MediaPlayer.LoadedMedia
                                   || player.mediaStatus === MediaPlayer.BufferedMedia
                                   || player.mediaStatus === MediaPlayer.EndOfMedia
    // Loaded, and its first picture on screen: previews wait for it.
    readonly property bool settled: failed || loaded && (frames === null || frames.count > 0 || !player.hasVideo)

    // The picture's shape, once the file says (16:9 until then): the black box around the
    // picture takes it, so that a short screen shows no bars beside the video.
    readonly property real aspect: {
        const size = player.metaData.value(MediaMetaData.Resolution);
        return size && size.width > 0 && size.height > 0 ? size.width / size.height : 16 / 9;
    }

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

    onSourceChanged: {
        muted = true;
        if (frames)
            frames.clear();  // not the last picture of the video shown before
    }
    Component.onDestruction: if (frames) frames.clear()

    Rectangle {
        anchors.fill: parent
        color: Theme.navy
    }

    MediaPlayer {
        id: player
        source: view.source
        videoOutput: view.frames ? view.frames.sink : output.item
        audioOutput: AudioOutput {
            muted: view.muted
        }
        // Paused rather than stopped once loaded: the first frame shows under the play button
        // instead of a black box, and the scrub bar shows where it is moved to before playing.
        onMediaStatusChanged: if (mediaStatus === MediaPlayer.LoadedMedia && playbackState === MediaPlayer.StoppedState) pause()
    }

    Item {
        id: area
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            bottom: bar.top
            margins: Theme.gutter
        }

        TapHandler {
            onTapped: view.toggle()
        }
    }

    Rectangle {
        id: screen
        anchors.centerIn: area
        width: Math.min(area.width, area.height * view.aspect)
        height: Math.round(width / view.aspect)
        color: "#000000"
        radius: Theme.radius

        Loader {
            id: output
            objectName: "videoOutput"
            anchors.fill: parent
            active: !view.frames
            sourceComponent: VideoOutput {
                fillMode: VideoOutput.PreserveAspectFit
            }
        }
        Image {
            objectName: "videoFrame"
            anchors.fill: parent
            visible: view.frames !== null
            // The newest frame, drawn synchronously when its number changes; never cached.
            source: view.frames && view.frames.count > 0 ? "image://video/" + view.frames.count : ""
            cache: false
            fillMode: Image.PreserveAspectFit
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

    // The controls: under the picture and as wide, but never too narrow for the scrub bar.
    // Left to right in every language, as on every media player and device: they follow a
    // film's time, not the reading direction.
    Item {
        id: bar
        LayoutMirroring.enabled: false
        LayoutMirroring.childrenInherit: true
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        width: Math.max(screen.width, Math.min(parent.width - 2 * Theme.gutter, Theme.px(760)))
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
            // Its icon alone where the words would squeeze the scrub bar (a narrow player, large type).
            label: Theme.compact || bar.width < Theme.fontPx(760) ? "" : (view.muted ? qsTr("Sound on") : qsTr("Sound off"))
            description: view.muted ? qsTr("Turn the sound on") : qsTr("Turn the sound off")
            Accessible.name: view.muted ? qsTr("Sound on") : qsTr("Sound off")
            onClicked: view.muted = !view.muted
        }
    }
}
