<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="27"/>
        <source>Opens again today at %1</source>
        <translation>يُعاد الافتتاح اليوم الساعة %1</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="29"/>
        <source>Opens again tomorrow at %1</source>
        <translation>يُعاد الافتتاح غدًا الساعة %1</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="30"/>
        <source>Opens again on %1 at %2</source>
        <translation>يُعاد الافتتاح يوم %1 الساعة %2</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="91"/>
        <location filename="../ui/ClosedScreen.qml" line="168"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="110"/>
        <source>Touch the screen to look around meanwhile</source>
        <translation>المس الشاشة لتصفّح المعرض في الأثناء</translation>
    </message>
    <message>
        <location filename="../ui/ClosedScreen.qml" line="140"/>
        <source>Opening hours</source>
        <translation>ساعات الافتتاح</translation>
    </message>
</context>
<context>
    <name>CornerControls</name>
    <message>
        <location filename="../ui/CornerControls.qml" line="20"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="21"/>
        <source>Choose the language of the exhibition</source>
        <translation>اختر لغة المعرض</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="29"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="31"/>
        <source>Larger text and high contrast are on; touch to turn them off</source>
        <translation>النص الكبير والتباين العالي مفعّلان؛ المس لإيقافهما</translation>
    </message>
    <message>
        <location filename="../ui/CornerControls.qml" line="32"/>
        <source>Larger text, high contrast, less motion and more time</source>
        <translation>نص أكبر وتباين عالٍ وحركة أقل ووقت أطول</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../ui/HomeScreen.qml" line="103"/>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="106"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="104"/>
        <source>1 panel</source>
        <translation>لوحة واحدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HomeScreen.qml" line="104"/>
        <source>%1 panels</source>
        <translation>
            <numerusform>لا لوحات</numerusform>
            <numerusform>لوحة واحدة</numerusform>
            <numerusform>لوحتان</numerusform>
            <numerusform>%1 لوحات</numerusform>
            <numerusform>%1 لوحة</numerusform>
            <numerusform>%1 لوحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="107"/>
        <source>1 photo</source>
        <translation>صورة واحدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HomeScreen.qml" line="107"/>
        <source>%1 photos</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%1 صور</numerusform>
            <numerusform>%1 صورة</numerusform>
            <numerusform>%1 صورة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="109"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="294"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/HomeScreen.qml" line="306"/>
        <source>%1, %2</source>
        <comment>a speaker and their role</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../ui/IdleOverlay.qml" line="23"/>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../ui/IdleOverlay.qml" line="30"/>
        <source>Touch the screen to carry on</source>
        <translation>المس الشاشة للمتابعة</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/LanguagePicker.qml" line="40"/>
        <source>Show the exhibition in this language</source>
        <translation>عرض المعرض بهذه اللغة</translation>
    </message>
</context>
<context>
    <name>PanelScreen</name>
    <message>
        <location filename="../ui/PanelScreen.qml" line="35"/>
        <source>%1 %2 of %3</source>
        <comment>the word for a panel, its number, how many there are</comment>
        <translation>%1 %2 من %3</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="36"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="119"/>
        <source>Speeches</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="144"/>
        <source>Opens the speech</source>
        <translation>يفتح الكلمة</translation>
    </message>
    <message>
        <location filename="../ui/PanelScreen.qml" line="229"/>
        <source>Opens the slideshow at this photo</source>
        <translation>يفتح عرض الصور عند هذه الصورة</translation>
    </message>
</context>
<context>
    <name>PanelsScreen</name>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="20"/>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="164"/>
        <source>%1 %2</source>
        <comment>the word for a panel, then its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/PanelsScreen.qml" line="165"/>
        <source>Panel</source>
        <translation>لوحة</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../ui/PdfView.qml" line="118"/>
        <source>This document cannot be opened.</source>
        <translation>لا يمكن فتح هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="118"/>
        <source>Opening the document…</source>
        <translation>جارٍ فتح الوثيقة…</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="140"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="156"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../ui/PdfView.qml" line="164"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../ui/PhotoView.qml" line="131"/>
        <source>Photograph unavailable</source>
        <translation>الصورة غير متاحة</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <location filename="../ui/Scrubber.qml" line="28"/>
        <source>Position in the video</source>
        <translation>الموضع في الفيديو</translation>
    </message>
</context>
<context>
    <name>SlideshowScreen</name>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="265"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="299"/>
        <location filename="../ui/SlideshowScreen.qml" line="300"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="307"/>
        <location filename="../ui/SlideshowScreen.qml" line="308"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="315"/>
        <location filename="../ui/SlideshowScreen.qml" line="316"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="315"/>
        <location filename="../ui/SlideshowScreen.qml" line="316"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="331"/>
        <source>Previous photo</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <location filename="../ui/SlideshowScreen.qml" line="344"/>
        <source>Next photo</source>
        <translation>الصورة التالية</translation>
    </message>
</context>
<context>
    <name>SpeechScreen</name>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="164"/>
        <source>Excerpt</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="164"/>
        <source>Summary</source>
        <translation>ملخّص</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="216"/>
        <source>The text of this speech is not part of this exhibition.</source>
        <translation>نصّ هذه الكلمة ليس جزءًا من هذا المعرض.</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="184"/>
        <source>This speech&apos;s document cannot be shown on this kiosk.</source>
        <translation>لا يمكن عرض وثيقة هذه الكلمة على هذه الشاشة.</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="58"/>
        <source>%1 %2 of %3</source>
        <comment>the word for a panel, its number, how many there are</comment>
        <translation>%1 %2 من %3</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="59"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../ui/SpeechScreen.qml" line="189"/>
        <source>This speech&apos;s video cannot be shown on this kiosk.</source>
        <translation>لا يمكن تشغيل فيديو هذه الكلمة على هذه الشاشة.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../ui/StaffPanel.qml" line="62"/>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="73"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="89"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>عدد كبير من الرموز الخاطئة. حاول مجددًا بعد %1 ث.</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="90"/>
        <source>Enter the staff PIN</source>
        <translation>أدخل رمز الموظفين</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="111"/>
        <source>Wrong PIN</source>
        <translation>رمز خاطئ</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="259"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="266"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="161"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="161"/>
        <source>running for %1</source>
        <translation>يعمل منذ %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="172"/>
        <source>Visits not recorded since the kiosk started (disk full or read-only): %1</source>
        <translation>زيارات لم تُسجَّل منذ تشغيل الشاشة (القرص ممتلئ أو للقراءة فقط): %1</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="182"/>
        <source>Reload content</source>
        <translation>إعادة تحميل المحتوى</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="187"/>
        <source>Screen cleaning (30 s)</source>
        <translation>تنظيف الشاشة (٣٠ ث)</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="195"/>
        <source>Exit the kiosk</source>
        <translation>الخروج من الشاشة</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="203"/>
        <source>Content problems</source>
        <translation>مشكلات المحتوى</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="203"/>
        <source>The content has no problems.</source>
        <translation>لا توجد مشكلات في المحتوى.</translation>
    </message>
    <message>
        <location filename="../ui/StaffPanel.qml" line="239"/>
        <source>Cleaning: touch is off for %1 s</source>
        <translation>التنظيف: اللمس متوقف لمدة %1 ث</translation>
    </message>
</context>
<context>
    <name>TakeAway</name>
    <message>
        <location filename="../ui/TakeAway.qml" line="34"/>
        <source>A QR code to open this page on your phone</source>
        <translation>رمز QR لفتح هذه الصفحة على هاتفك</translation>
    </message>
    <message>
        <location filename="../ui/TakeAway.qml" line="79"/>
        <source>Scan with your phone&apos;s camera</source>
        <translation>امسح الرمز بكاميرا هاتفك</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="47"/>
        <source>c. %1</source>
        <comment>an approximate year</comment>
        <translation>نحو %1</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="49"/>
        <source>%1s</source>
        <comment>a decade, e.g. 1990s</comment>
        <translation>عقد %1</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="51"/>
        <source>%1–%2</source>
        <comment>a span of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TimelineScreen.qml" line="63"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/TopBar.qml" line="30"/>
        <location filename="../ui/TopBar.qml" line="31"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../ui/TopBar.qml" line="37"/>
        <location filename="../ui/TopBar.qml" line="38"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../ui/VideoView.qml" line="130"/>
        <location filename="../ui/VideoView.qml" line="172"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="145"/>
        <source>This video cannot be played.</source>
        <translation>لا يمكن تشغيل هذا الفيديو.</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="172"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="220"/>
        <location filename="../ui/VideoView.qml" line="222"/>
        <source>Sound on</source>
        <translation>تشغيل الصوت</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="220"/>
        <location filename="../ui/VideoView.qml" line="222"/>
        <source>Sound off</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="221"/>
        <source>Turn the sound on</source>
        <translation>تشغيل الصوت</translation>
    </message>
    <message>
        <location filename="../ui/VideoView.qml" line="221"/>
        <source>Turn the sound off</source>
        <translation>كتم الصوت</translation>
    </message>
</context>
</TS>
