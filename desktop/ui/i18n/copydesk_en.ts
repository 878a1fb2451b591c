<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="62"/>
        <source>Library damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="63"/>
        <source>Start a new, empty library? The damaged file is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="89"/>
        <source>Copydesk did not close properly last time. Your documents were restored from the last autosave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="94"/>
        <source>Plugin “%1” was disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <location filename="../assistant_panel.py" line="63"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="88"/>
        <source>Ask your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="89"/>
        <source>Custom instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="91"/>
        <source>Or type an instruction, e.g. “make it friendlier”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="94"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="98"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="99"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="101"/>
        <location filename="../assistant_state.py" line="133"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="109"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="110"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="113"/>
        <source>Insert at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="114"/>
        <source>Replace selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="115"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="136"/>
        <source>Check before publishing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="171"/>
        <source>Assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="209"/>
        <source>Working on the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="210"/>
        <source>Working on the selection (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="221"/>
        <location filename="../assistant_panel.py" line="270"/>
        <location filename="../assistant_panel.py" line="302"/>
        <source>On this device · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="232"/>
        <source>Asking your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="237"/>
        <source>Drafting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="255"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="288"/>
        <source>On this device · %1 · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="298"/>
        <source>The answer may not be in the requested language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="300"/>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="321"/>
        <source>Stopped. The text so far is kept above: insert or copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="60"/>
        <source>Checked: remove this mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="66"/>
        <source>Original: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="67"/>
        <source>▶ Play the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="68"/>
        <source>Restore the original words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="70"/>
        <source>Unlink this quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="89"/>
        <source>The recording for this quote is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantRoute</name>
    <message>
        <location filename="../assistant_route.py" line="26"/>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="27"/>
        <source>Auto: cloud for heavy work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="28"/>
        <source>Best quality (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="31"/>
        <source>The cloud is used only when the document&apos;s privacy level allows it, after names and contact details are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="60"/>
        <source>Kept on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="62"/>
        <source>You chose to keep this task on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogViewer</name>
    <message>
        <location filename="../cloud_dialogs.py" line="305"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306"/>
        <source>Bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306"/>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306"/>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="307"/>
        <source>Payload SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="313"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="314"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="315"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="343"/>
        <source>%1 cloud requests, %2 bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="350"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="350"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="351"/>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="356"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="363"/>
        <source>Cloud audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../cloud_dialogs.py" line="127"/>
        <source>Send to the cloud?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="129"/>
        <source>This text will be sent to %1 (model %2). %3 personal details were replaced by placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="139"/>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="139"/>
        <source>Stays on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="147"/>
        <source>SHA-256 of the payload (kept in the audit log): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="150"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="151"/>
        <source>Keep on this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../document_list.py" line="97"/>
        <source>Search documents and transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="100"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="100"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="101"/>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="101"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="104"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="104"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="104"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="105"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="105"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="121"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="122"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="123"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="145"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="146"/>
        <source>Any speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="185"/>
        <source>No documents yet.
Press New to start writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="189"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="203"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../progress_area.py" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="46"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="57"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="60"/>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../library_actions.py" line="61"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="62"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="67"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="67"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="68"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="68"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="69"/>
        <source>Export document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="59"/>
        <location filename="../main_window.py" line="268"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Start writing, or create a document with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Nothing leaves this computer unless a document allows the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <location filename="../main_window.py" line="155"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>Missing recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Search library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>Version history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>Save a version now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <location filename="../window_dialogs.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <location filename="../window_dialogs.py" line="82"/>
        <source>About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>A panel could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <location filename="../main_window.py" line="336"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <location filename="../main_window.py" line="323"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>Tags saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>Document moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336"/>
        <source>Not saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343"/>
        <source>Version saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="392"/>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="29"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="44"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="45"/>
        <source>The new language is used after Copydesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="83"/>
        <source>Copydesk %1 — an offline editor for reporters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingMediaDialog</name>
    <message>
        <location filename="../media_dialog.py" line="26"/>
        <source>Missing recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="34"/>
        <source>Relink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="51"/>
        <source>These recordings are no longer where they were. Point Copydesk to their new place; it checks that it is the same recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="55"/>
        <source>All recordings are where the library expects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="64"/>
        <source>Relinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="72"/>
        <source>Where is this recording now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../model_manager.py" line="39"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="42"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="42"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="42"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43"/>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="50"/>
        <source>Verify checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="51"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="52"/>
        <source>Add GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="53"/>
        <source>Add whisper folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="54"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="55"/>
        <source>Use for drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="56"/>
        <source>The assistant drafts with this model from now on (also in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="82"/>
        <source>missing — install %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="84"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="86"/>
        <source>ready, not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="88"/>
        <source>installed, not prepared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="90"/>
        <source>%1 · drafting model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="91"/>
        <source>your file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="126"/>
        <source>%1: checksum mismatch — the file is damaged. Press Prepare to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="129"/>
        <source>%1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="136"/>
        <source>Verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="136"/>
        <source>Preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="146"/>
        <source>The assistant now drafts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="155"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="159"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="164"/>
        <source>Add a CTranslate2 whisper folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySelector</name>
    <message>
        <location filename="../cloud_dialogs.py" line="56"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="56"/>
        <source>Nothing from this document leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="57"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="57"/>
        <source>You see the masked text and confirm before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="58"/>
        <source>Cloud allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="58"/>
        <source>Heavy tasks may use the cloud, masked and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="63"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../proofread_panel.py" line="91"/>
        <location filename="../proofread_panel.py" line="186"/>
        <source>Proofreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="95"/>
        <source>Typos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="95"/>
        <location filename="../proofread_panel.py" line="248"/>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="95"/>
        <location filename="../proofread_panel.py" line="249"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="96"/>
        <location filename="../proofread_panel.py" line="249"/>
        <source>Compliance risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="106"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="115"/>
        <location filename="../proofread_panel.py" line="137"/>
        <source>Apply all safe fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="117"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="119"/>
        <source>Deep check (local model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="120"/>
        <source>Read the selected paragraphs (or the one at the cursor) with the local model: it finds typos the quick check cannot tell apart, such as 在/再. One to two seconds per sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="134"/>
        <source>Proofread now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="139"/>
        <source>Export proofreading report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="141"/>
        <source>Deep check whole document (local model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="148"/>
        <source>Deep check this paragraph (local model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="184"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="232"/>
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="233"/>
        <source>%n compliance risk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="238"/>
        <source>Suggestion: %1 (click to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="239"/>
        <source>Right-click: ignore or add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="248"/>
        <source>Typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="248"/>
        <source>Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="330"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="334"/>
        <source>Ignore once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="335"/>
        <source>Ignore always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="336"/>
        <source>Add “%1” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="370"/>
        <source>Deep check running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="371"/>
        <source>Deep check with the local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="410"/>
        <source>Export proofreading report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="411"/>
        <source>Word document (*.docx);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="416"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="421"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="424"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettingsPage</name>
    <message>
        <location filename="../cloud_dialogs.py" line="198"/>
        <source>Use a cloud model for heavy tasks when a document allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="205"/>
        <source>Save key in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="206"/>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="207"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="214"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="215"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="216"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="244"/>
        <source>Saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="244"/>
        <source>Paste the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="256"/>
        <source>The key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="265"/>
        <source>The key was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="271"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="272"/>
        <source>Test cloud connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="279"/>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="281"/>
        <source>The model &apos;%1&apos; is not in the server&apos;s list; check its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../transcript_view.py" line="191"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="193"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="203"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="210"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review_view.py" line="38"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="39"/>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="40"/>
        <source>Apply chosen changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="41"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="113"/>
        <source>%1 of %2 changes accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteBadge</name>
    <message>
        <location filename="../cloud_dialogs.py" line="93"/>
        <source>Tasks run on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="96"/>
        <location filename="../cloud_dialogs.py" line="107"/>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="100"/>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="42"/>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Cloud allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="53"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57"/>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65"/>
        <source>Privacy level of new documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Autosave after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Copy recordings into the library (default: keep them where they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>Dictionary and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>Drafting model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>Transcription model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="87"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="99"/>
        <source>Your dictionary: words the proofreader accepts (names, places, jargon), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Term tables (CSV: wrong → right, or risky wording with a risk level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108"/>
        <source>Add table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117"/>
        <source>Check as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <source>English grammar model (quire; experimental, often wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>A small offline model that suggests English grammar fixes. On a learner-English test set it made more sentences worse than better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>%1 terms added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="144"/>
        <source>Add a term table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../transcript_view.py" line="220"/>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="233"/>
        <source>Import audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="251"/>
        <location filename="../transcript_view.py" line="273"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="253"/>
        <source>−5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="255"/>
        <source>+5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="405"/>
        <source>Send to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="273"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="262"/>
        <location filename="../transcript_view.py" line="435"/>
        <source>Send whole transcript to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="284"/>
        <source>Import audio for transcription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="292"/>
        <source>Import audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="293"/>
        <source>Audio and video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="319"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="324"/>
        <source>Transcribing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="351"/>
        <source>Cancelled: the part done so far is kept and resumes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="357"/>
        <source>Stopped at the damaged part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="357"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="401"/>
        <source>Rename speaker “%1” everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="403"/>
        <source>Set speaker of this segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="404"/>
        <source>Edit text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="413"/>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="413"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="420"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="420"/>
        <source>Spoken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="426"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="426"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="434"/>
        <source>Send selection to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="454"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="463"/>
        <source>Sent the whole transcript (%1 segments) to the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="466"/>
        <source>Sent %1 of %2 segments to the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptText</name>
    <message>
        <location filename="../transcript_view.py" line="74"/>
        <source>Uncertain word: check it against the recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../version_dialog.py" line="28"/>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="37"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="46"/>
        <source>autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="46"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="47"/>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="47"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="51"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
