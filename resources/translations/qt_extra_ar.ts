<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<!-- Qt's own strings that PySide6's qtbase_ar.qm lacks (Qt 6 added an accelerator to them);
     compiled by `make translations` and loaded after qtbase_ar.qm (kashshaf.ui.app.install_language). -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
</TS>
