<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="53"/>
        <source>Library damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="54"/>
        <source>Start a new, empty library? The damaged file is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="80"/>
        <source>Copydesk did not close properly last time. Your documents were restored from the last autosave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="86"/>
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
        <location filename="../assistant_state.py" line="143"/>
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
        <location filename="../assistant_panel.py" line="273"/>
        <location filename="../assistant_panel.py" line="307"/>
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
        <location filename="../assistant_panel.py" line="293"/>
        <source>On this device · %1 · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="303"/>
        <source>The answer may not be in the requested language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="305"/>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="323"/>
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
        <location filename="../assistant_route.py" line="28"/>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="29"/>
        <source>Auto: cloud for heavy work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="30"/>
        <source>Best quality (cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="33"/>
        <source>The cloud is used only when the document&apos;s privacy level allows it, after names and contact details are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="62"/>
        <source>Kept on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="64"/>
        <source>You chose to keep this task on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="79"/>
        <source>The cloud did not answer; running on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogViewer</name>
    <message>
        <location filename="../cloud_dialogs.py" line="308"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="308"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="308"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="308"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="308"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="309"/>
        <source>Bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="309"/>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="309"/>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="309"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="310"/>
        <source>Payload SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="316"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="317"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="318"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="346"/>
        <source>%1 cloud requests, %2 bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="354"/>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="360"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="367"/>
        <source>Cloud audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../cloud_dialogs.py" line="130"/>
        <source>Send to the cloud?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="132"/>
        <source>This text will be sent to %1 (model %2). %3 personal details were replaced by placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="142"/>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="142"/>
        <source>Stays on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="150"/>
        <source>SHA-256 of the payload (kept in the audit log): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="153"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="154"/>
        <source>Keep on this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../document_list.py" line="107"/>
        <source>Search documents and transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="110"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="110"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="111"/>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="111"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="114"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="114"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="114"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="115"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="115"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="134"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="135"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="136"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="160"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="161"/>
        <source>Any speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="201"/>
        <source>No documents yet.
Press New to start writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="210"/>
        <location filename="../document_list.py" line="261"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="275"/>
        <source>Open transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="276"/>
        <source>Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_list.py" line="207"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../empty_state.py" line="27"/>
        <source>Start with a recording or a new story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="34"/>
        <source>Transcribe an interview on this computer and write from the transcript, or start typing a story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="38"/>
        <source>Transcribe a recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="39"/>
        <source>Write a new story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <location filename="../file_filters.py" line="27"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="30"/>
        <source>Audio and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="32"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="33"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="34"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="35"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="36"/>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="37"/>
        <source>JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="38"/>
        <source>GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="40"/>
        <source>Word document with speakers and timecodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="41"/>
        <source>SRT subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="42"/>
        <source>WebVTT subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="43"/>
        <source>Plain text with timecodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="44"/>
        <source>JSON with every word&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="45"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../find_bar.py" line="31"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="34"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="37"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="39"/>
        <source>Word</source>
        <comment>whole-word toggle, keep it short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="40"/>
        <source>Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="46"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="49"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="50"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="51"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="54"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="143"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="145"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="148"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="150"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="221"/>
        <source>Replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <location filename="../focus_mode.py" line="31"/>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../glossary_dialog.py" line="36"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="37"/>
        <source>Story glossary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="39"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="39"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="39"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="40"/>
        <source>Names, places and terms in this story. Transcription listens for them, and proofreading accepts them as spelled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="44"/>
        <source>Name or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="44"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="47"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="49"/>
        <source>Add a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="51"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="93"/>
        <source>Add a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="94"/>
        <source>One per line, or separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../import_options.py" line="35"/>
        <location filename="../import_options.py" line="55"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="40"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="42"/>
        <location filename="../import_options.py" line="48"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="42"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="43"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="46"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="50"/>
        <source>1 speaker (no speaker labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="50"/>
        <source>Up to %1 speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_options.py" line="53"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../progress_area.py" line="34"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="44"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="55"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="58"/>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../library_actions.py" line="77"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="84"/>
        <source>Export document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossBanner</name>
    <message>
        <location filename="../loss_banner.py" line="46"/>
        <source>No speech was recognised in this recording; the transcript is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="51"/>
        <source>%1: sound, but no speech was recognised even without filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="53"/>
        <source>%1: sound but no text. The speech filter may have dropped speech here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="65"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="69"/>
        <source>Transcribe again without filtering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="51"/>
        <location filename="../main_window.py" line="205"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>Start writing, or create a document with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Nothing leaves this computer unless a document allows the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <location filename="../window_menus.py" line="62"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="77"/>
        <location filename="../window_menus.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="84"/>
        <location filename="../window_menus.py" line="72"/>
        <source>About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <location filename="../main_window.py" line="283"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <location filename="../main_window.py" line="264"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Tags saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Document moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283"/>
        <source>Not saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Version saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339"/>
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
        <location filename="../window_dialogs.py" line="85"/>
        <source>Copydesk %1 — an offline editor for reporters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="50"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="52"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="54"/>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="55"/>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="57"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="58"/>
        <source>Heading 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="58"/>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="58"/>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="59"/>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="35"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="36"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="37"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="38"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="39"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="50"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="51"/>
        <source>Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="52"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="53"/>
        <source>Missing recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="55"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="56"/>
        <source>Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="58"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="59"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="60"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="63"/>
        <source>Search library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="64"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="65"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="66"/>
        <source>Version history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="67"/>
        <source>Save a version now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="69"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="82"/>
        <source>A panel could not be loaded: %1</source>
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
        <location filename="../model_manager.py" line="40"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="44"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="44"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="44"/>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="51"/>
        <source>Verify checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="52"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="53"/>
        <source>Add GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="54"/>
        <source>Add whisper folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="55"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="56"/>
        <source>Use for drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="57"/>
        <source>The assistant drafts with this model from now on (also in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="83"/>
        <source>missing — install %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="85"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="87"/>
        <source>ready, not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="89"/>
        <source>installed, not prepared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="91"/>
        <source>%1 · drafting model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="105"/>
        <source>Language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="105"/>
        <source>Speech recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="106"/>
        <source>Checker model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="106"/>
        <source>Search model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="110"/>
        <source>many languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="110"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="110"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="111"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="116"/>
        <source>your file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="119"/>
        <source>pip package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="120"/>
        <source>%1 and %2 more pip packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="148"/>
        <source>%1: checksum mismatch — the file is damaged. Press Prepare to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="151"/>
        <source>%1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="158"/>
        <source>Verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="158"/>
        <source>Preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="168"/>
        <source>The assistant now drafts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="177"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="181"/>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="186"/>
        <source>Add a CTranslate2 whisper folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../playback_bar.py" line="33"/>
        <source>Play / pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="34"/>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="35"/>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="36"/>
        <source>Play faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="37"/>
        <source>Play slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="38"/>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="51"/>
        <location filename="../playback_bar.py" line="80"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="53"/>
        <source>−5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="55"/>
        <source>+5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="61"/>
        <source>Drag to move through the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="70"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="80"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySelector</name>
    <message>
        <location filename="../cloud_dialogs.py" line="59"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="59"/>
        <source>Nothing from this document leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="60"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="60"/>
        <source>You see the masked text and confirm before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="61"/>
        <source>Cloud allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="61"/>
        <source>Heavy tasks may use the cloud, masked and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="66"/>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../proofread_panel.py" line="99"/>
        <location filename="../proofread_panel.py" line="194"/>
        <source>Proofreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="103"/>
        <source>Typos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="103"/>
        <location filename="../proofread_panel.py" line="260"/>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="103"/>
        <location filename="../proofread_panel.py" line="261"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="104"/>
        <location filename="../proofread_panel.py" line="261"/>
        <source>Compliance risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="114"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="121"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="123"/>
        <location filename="../proofread_panel.py" line="145"/>
        <source>Apply all safe fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="125"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="127"/>
        <source>Deep check (local model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="128"/>
        <source>Read the selected paragraphs (or the one at the cursor) with the local model: it finds typos the quick check cannot tell apart, such as 在/再. One to two seconds per sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="142"/>
        <source>Proofread now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="147"/>
        <source>Export proofreading report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="149"/>
        <source>Deep check whole document (local model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="156"/>
        <source>Deep check this paragraph (local model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="192"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="241"/>
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="242"/>
        <source>%n compliance risk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="250"/>
        <source>Suggestion: %1 (click to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="251"/>
        <source>Right-click: ignore or add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="260"/>
        <source>Typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="260"/>
        <source>Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="342"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="346"/>
        <source>Ignore once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="347"/>
        <source>Ignore always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="348"/>
        <source>Add “%1” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_deep.py" line="55"/>
        <source>Deep check running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_deep.py" line="56"/>
        <source>Deep check with the local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="370"/>
        <source>Export proofreading report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="376"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="381"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="384"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettingsPage</name>
    <message>
        <location filename="../cloud_dialogs.py" line="201"/>
        <source>Use a cloud model for heavy tasks when a document allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="208"/>
        <source>Save key in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="209"/>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="210"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="217"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="218"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="219"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="247"/>
        <source>Saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="247"/>
        <source>Paste the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="259"/>
        <source>The key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="268"/>
        <source>The key was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="274"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="275"/>
        <source>Test cloud connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="282"/>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="284"/>
        <source>The model &apos;%1&apos; is not in the server&apos;s list; check its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeActions</name>
    <message>
        <location filename="../purge_actions.py" line="31"/>
        <source>Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="34"/>
        <source>Empty the bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="53"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="57"/>
        <source>Delete “%1” permanently? Its text, search entries and every saved version are removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="61"/>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="71"/>
        <source>Document deleted permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="81"/>
        <source>The bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="83"/>
        <source>Delete the %1 document(s) in the bin permanently? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="85"/>
        <source>Empty the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="90"/>
        <source>%1 document(s) deleted permanently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtMicSource</name>
    <message>
        <location filename="../recorder_qt.py" line="59"/>
        <source>unsupported sample format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_qt.py" line="84"/>
        <source>the microphone stopped delivering sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../transcript_queue.py" line="30"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_queue.py" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_queue.py" line="42"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_queue.py" line="49"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <location filename="../recorder_panel.py" line="54"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="72"/>
        <location filename="../recorder_panel.py" line="140"/>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="79"/>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="80"/>
        <source>Record an interview: it is saved every second, and transcribed as you speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="84"/>
        <source>The live transcript appears here while you record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="85"/>
        <source>Open transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="114"/>
        <source>No microphone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="117"/>
        <source>Record interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="120"/>
        <source>Story glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="140"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="166"/>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="184"/>
        <source>Too loud: move the microphone away a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="189"/>
        <source>Recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="204"/>
        <source>Saved %1 (%2). Making the final transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="243"/>
        <source>Live transcription of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="246"/>
        <source>Transcribing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="253"/>
        <source>Transcribing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="269"/>
        <source>Transcript saved: %1 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="281"/>
        <source>Transcription cancelled. The recording is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="309"/>
        <source>Recognise speakers by voice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="310"/>
        <source>Copydesk can keep a voice print of each speaker you name, so that next time it suggests their name. Voice prints stay in this computer&apos;s library and are deleted with the speaker&apos;s transcript. You can change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="313"/>
        <source>Keep voice prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="314"/>
        <source>Don&apos;t keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="328"/>
        <source>Keep voice prints of named speakers to suggest their names later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="330"/>
        <source>Forget a speaker&apos;s voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="335"/>
        <location filename="../recorder_panel.py" line="354"/>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="354"/>
        <source>No voice prints are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="356"/>
        <source>Forget a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="356"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="370"/>
        <source>Recovered %1 (%2) after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="377"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="379"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="391"/>
        <source>Open or create a story first: the glossary belongs to a story.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../resume_offer.py" line="49"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="50"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="68"/>
        <source>Transcription of “%1” was interrupted at %2. The part done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review_view.py" line="39"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="40"/>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="41"/>
        <source>Apply chosen changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../review_view.py" line="42"/>
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
        <location filename="../cloud_dialogs.py" line="96"/>
        <source>Tasks run on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="99"/>
        <location filename="../cloud_dialogs.py" line="110"/>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="103"/>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <location filename="../settings_dialog.py" line="61"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>Cloud allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Privacy level of new documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>Autosave after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>Copy recordings into the library (default: keep them where they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>Dictionary and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>Drafting model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="87"/>
        <source>Transcription model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100"/>
        <source>Your dictionary: words the proofreader accepts (names, places, jargon), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Term tables (CSV: wrong → right, or risky wording with a risk level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109"/>
        <source>Add table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="110"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Check as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>English grammar model (quire; experimental, often wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>A small offline model that suggests English grammar fixes. On a learner-English test set it made more sentences worse than better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>%1 terms added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="145"/>
        <source>Add a term table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptEditing</name>
    <message>
        <location filename="../transcript_editing.py" line="31"/>
        <source>Correct the word at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="132"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="132"/>
        <source>Spoken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="144"/>
        <source>Edit transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="156"/>
        <source>Correct “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="159"/>
        <source>“%1” is right (clear the mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="162"/>
        <source>Split the segment before “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="164"/>
        <source>Merge with the next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="166"/>
        <source>Set speaker of this segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="167"/>
        <source>Set speaker of the selected segments…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptExport</name>
    <message>
        <location filename="../transcript_export.py" line="23"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../transcript_view.py" line="66"/>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="80"/>
        <source>Import audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="356"/>
        <source>Send to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="84"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="85"/>
        <source>Carry on transcribing from where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="87"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="88"/>
        <source>Save this transcript, with your corrections, as DOCX, SRT, VTT, TXT or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="38"/>
        <location filename="../transcript_view.py" line="125"/>
        <source>Send whole transcript to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="136"/>
        <source>Import audio for transcription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="147"/>
        <source>Import audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="197"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="205"/>
        <source>Transcribing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="240"/>
        <source>Cancelled: the part done so far is kept. Press Resume to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="247"/>
        <source>No speech recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="249"/>
        <source>Done, with stretches of sound that have no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="251"/>
        <source>Stopped at the damaged part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="251"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="280"/>
        <source>Transcribe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="284"/>
        <source>Listening again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="353"/>
        <source>Rename speaker “%1” everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="355"/>
        <source>Edit text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="364"/>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="364"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="369"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="369"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="37"/>
        <source>Send selection to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="57"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="66"/>
        <source>Sent the whole transcript (%1 segments) to the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="69"/>
        <source>Sent %1 of %2 segments to the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptStatus</name>
    <message>
        <location filename="../resume_offer.py" line="20"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="20"/>
        <source>transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="21"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="21"/>
        <source>stopped at damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="22"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="23"/>
        <source>cancelled, can resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="24"/>
        <source>interrupted, can resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptText</name>
    <message>
        <location filename="../transcript_text.py" line="28"/>
        <source>Speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_text.py" line="64"/>
        <source>Uncertain word: check it against the recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptUndo</name>
    <message>
        <location filename="../transcript_undo.py" line="28"/>
        <source>Undo the last transcript edit (transcript focused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="29"/>
        <source>Redo the transcript edit (transcript focused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="43"/>
        <source>Undo transcript edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="44"/>
        <source>Redo transcript edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="92"/>
        <source>Edit transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="104"/>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="104"/>
        <source>word check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="104"/>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="105"/>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="105"/>
        <source>speaker change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="106"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="107"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../version_dialog.py" line="57"/>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="79"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="89"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="65"/>
        <source>autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="65"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="66"/>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="66"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="67"/>
        <source>Nothing (show this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="68"/>
        <source>The version before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="69"/>
        <source>The current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="72"/>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="113"/>
        <source>the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="116"/>
        <source>an empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="142"/>
        <source>No changes between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="144"/>
        <source>From %1 to %2: added %3, removed %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceSuggestions</name>
    <message>
        <location filename="../voice_suggestions.py" line="63"/>
        <source>%1 sounds like %2 — name them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../voice_suggestions.py" line="65"/>
        <source>Recognised by voice from a transcript where you named them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message>
        <location filename="../word_count.py" line="38"/>
        <source>Selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../word_count.py" line="42"/>
        <source>%1 characters, not counting spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
