<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="53" />
        <source>Library damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../app.py" line="54" />
        <source>Start a new, empty library? The damaged file is kept as a backup.</source>
        <translation>要新建一个空资料库吗？损坏的文件会作为备份保留。</translation>
    </message>
    <message>
        <location filename="../app.py" line="80" />
        <source>Copydesk did not close properly last time. Your documents were restored from the last autosave.</source>
        <translation>Copydesk 上次未正常关闭。您的文档已从最近一次自动保存中恢复。</translation>
    </message>
    <message>
        <location filename="../app.py" line="86" />
        <source>Plugin “%1” was disabled: %2</source>
        <translation>插件“%1”已停用：%2</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <location filename="../assistant_panel.py" line="63" />
        <source>Assistant</source>
        <translation>写作助手</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="88" />
        <source>Ask your notes</source>
        <translation>问我的笔记</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="89" />
        <source>Custom instruction</source>
        <translation>自定义指令</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="91" />
        <source>Or type an instruction, e.g. “make it friendlier”</source>
        <translation>或输入指令，例如“语气更亲切些”</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="94" />
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="98" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="99" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="101" />
        <location filename="../assistant_state.py" line="143" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="109" />
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="110" />
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="113" />
        <source>Insert at cursor</source>
        <translation>插入到光标处</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="114" />
        <source>Replace selection</source>
        <translation>替换所选内容</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="115" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="136" />
        <source>Check before publishing:</source>
        <translation>发布前请核实：</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="171" />
        <source>Assistant: %1</source>
        <translation>写作助手：%1</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="209" />
        <source>Working on the whole document</source>
        <translation>处理整篇文档</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="210" />
        <source>Working on the selection (%1 characters)</source>
        <translation>处理所选内容（%1 个字符）</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="221" />
        <location filename="../assistant_panel.py" line="273" />
        <location filename="../assistant_panel.py" line="307" />
        <source>On this device · %1</source>
        <translation>在本机运行 · %1</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="232" />
        <source>Asking your notes</source>
        <translation>正在查询笔记</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="237" />
        <source>Drafting: %1</source>
        <translation>正在写作：%1</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="255" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="293" />
        <source>On this device · %1 · %2 s</source>
        <translation>在本机运行 · %1 · %2 秒</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="303" />
        <source>The answer may not be in the requested language.</source>
        <translation>回答可能不是所要求的语言。</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="305" />
        <source>Form: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="323" />
        <source>Stopped. The text so far is kept above: insert or copy it.</source>
        <translation>已停止。已写出的文字保留在上方，可插入或复制。</translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="60" />
        <source>Checked: remove this mark</source>
        <translation>已核实：移除此标记</translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="66" />
        <source>Original: “%1”</source>
        <translation>原话：“%1”</translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="67" />
        <source>▶ Play the recording</source>
        <translation>▶ 播放录音</translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="68" />
        <source>Restore the original words</source>
        <translation>恢复原话</translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="70" />
        <source>Unlink this quote</source>
        <translation>取消此引语的关联</translation>
    </message>
    <message>
        <location filename="../assistant_marks.py" line="89" />
        <source>The recording for this quote is not in the library.</source>
        <translation>资料库中没有这段引语的录音。</translation>
    </message>
</context>
<context>
    <name>AssistantRoute</name>
    <message>
        <location filename="../assistant_route.py" line="28" />
        <source>On this device</source>
        <translation>在本机运行</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="29" />
        <source>Auto: cloud for heavy work</source>
        <translation>自动：繁重任务用云端</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="30" />
        <source>Best quality (cloud)</source>
        <translation>最佳质量（云端）</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="33" />
        <source>The cloud is used only when the document's privacy level allows it, after names and contact details are masked.</source>
        <translation>只有文档的隐私级别允许时才会使用云端，且会先对姓名和联系方式脱敏。</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="62" />
        <source>Kept on this device.</source>
        <translation>已留在本机。</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="64" />
        <source>You chose to keep this task on this device.</source>
        <translation>您选择在本机运行此任务。</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="80" />
        <source>The cloud did not answer; running on this device.</source>
        <translation>云端没有回应，已改在本机运行。</translation>
    </message>
</context>
<context>
    <name>AuditLogViewer</name>
    <message>
        <location filename="../cloud_dialogs.py" line="318" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="318" />
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="318" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="318" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="318" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="319" />
        <source>Bytes sent</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="319" />
        <source>Bytes received</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="319" />
        <source>Masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="319" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="320" />
        <source>Payload SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="326" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="327" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="328" />
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="356" />
        <source>%1 cloud requests, %2 bytes sent</source>
        <translation>%1 次云端请求，共发送 %2 字节</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="364" />
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="370" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="377" />
        <source>Cloud audit log</source>
        <translation>云端审计日志</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../cloud_dialogs.py" line="132" />
        <source>Send to the cloud?</source>
        <translation>发送到云端？</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="134" />
        <source>This text will be sent to %1 (model %2). %3 personal details were replaced by placeholders.</source>
        <translation>以下文字将发送到 %1（模型 %2）。%3 处个人信息已替换为占位符。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="142" />
        <source>Chinese names were found by rules only, so some may be left: read the text below before sending. %1</source>
        <translation>中文人名只按规则识别，可能有遗漏：发送前请先读一遍下面的文字。%1</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="152" />
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="152" />
        <source>Stays on this device</source>
        <translation>留在本机</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="160" />
        <source>SHA-256 of the payload (kept in the audit log): %1</source>
        <translation>发送内容的 SHA-256（记入审计日志）：%1</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="163" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="164" />
        <source>Keep on this device</source>
        <translation>留在本机</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../document_list.py" line="107" />
        <source>Search documents and transcripts…</source>
        <translation>搜索文档和转写稿…</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="110" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="110" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="111" />
        <source>Transcripts</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="111" />
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="114" />
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="114" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="114" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="115" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="115" />
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="134" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="135" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="136" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="160" />
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="161" />
        <source>Any speaker</source>
        <translation>任意发言人</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="201" />
        <source>No documents yet.
Press New to start writing.</source>
        <translation>还没有文档。
点击“新建”开始写作。</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="210" />
        <location filename="../document_list.py" line="261" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="275" />
        <source>Open transcript</source>
        <translation>打开转写稿</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="276" />
        <source>Export transcript…</source>
        <translation>导出转写稿…</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="207" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../empty_state.py" line="27" />
        <source>Start with a recording or a new story</source>
        <translation>从一段录音或一篇新稿件开始</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="34" />
        <source>Transcribe an interview on this computer and write from the transcript, or start typing a story.</source>
        <translation>在本机转写采访录音，再根据文字稿写稿；或者直接开始写稿。</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="38" />
        <source>Transcribe a recording…</source>
        <translation>转写录音…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="39" />
        <source>Write a new story</source>
        <translation>写新稿件</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <location filename="../file_filters.py" line="27" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="30" />
        <source>Audio and video</source>
        <translation>音频和视频</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="32" />
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="33" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="34" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="35" />
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="36" />
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="37" />
        <source>JSON files</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="38" />
        <source>GGUF model</source>
        <translation>GGUF 模型</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="40" />
        <source>Word document with speakers and timecodes</source>
        <translation>Word 文档，含说话人和时间码</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="41" />
        <source>SRT subtitles</source>
        <translation>SRT 字幕</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="42" />
        <source>WebVTT subtitles</source>
        <translation>WebVTT 字幕</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="43" />
        <source>Plain text with timecodes</source>
        <translation>纯文本，含时间码</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="44" />
        <source>JSON with every word's time</source>
        <translation>JSON，含每个词的时间</translation>
    </message>
    <message>
        <location filename="../file_filters.py" line="45" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../find_bar.py" line="31" />
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="34" />
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="37" />
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="39" />
        <source>Word</source>
        <comment>whole-word toggle, keep it short</comment>
        <translation>全词</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="40" />
        <source>Whole word</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="46" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="49" />
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="50" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="51" />
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="54" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="143" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="145" />
        <source>1 match</source>
        <translation>1 处匹配</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="148" />
        <source>%1 matches</source>
        <translation>%1 处匹配</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="150" />
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="221" />
        <source>Replaced %1</source>
        <translation>已替换 %1 处</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <location filename="../focus_mode.py" line="31" />
        <source>Focus mode</source>
        <translation>专注写作模式</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../glossary_dialog.py" line="36" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="37" />
        <source>Story glossary: %1</source>
        <translation>稿件词表：%1</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="39" />
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="39" />
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="39" />
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="40" />
        <source>Names, places and terms in this story. Transcription listens for them, and proofreading accepts them as spelled here.</source>
        <translation>这篇稿件中的人名、地名和术语。转写时会留意它们，校对时按这里的写法视为正确。</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="44" />
        <source>Name or term</source>
        <translation>名称或术语</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="44" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="47" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="49" />
        <source>Add a list…</source>
        <translation>添加一组…</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="51" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="93" />
        <source>Add a list</source>
        <translation>添加一组</translation>
    </message>
    <message>
        <location filename="../glossary_dialog.py" line="94" />
        <source>One per line, or separated by commas:</source>
        <translation>每行一个，或用逗号分隔：</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../import_options.py" line="35" />
        <location filename="../import_options.py" line="55" />
        <source>Transcribe</source>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="40" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="42" />
        <location filename="../import_options.py" line="48" />
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="42" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="43" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="46" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="50" />
        <source>1 speaker (no speaker labels)</source>
        <translation>1 位说话人（不标说话人）</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="50" />
        <source>Up to %1 speakers</source>
        <translation>最多 %1 位说话人</translation>
    </message>
    <message>
        <location filename="../import_options.py" line="53" />
        <source>Speakers</source>
        <translation>说话人数</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../progress_area.py" line="34" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="44" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="55" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="58" />
        <source>%1 so far</source>
        <translation>已用时 %1</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../library_actions.py" line="77" />
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="84" />
        <source>Export document</source>
        <translation>导出文档</translation>
    </message>
</context>
<context>
    <name>LossBanner</name>
    <message>
        <location filename="../loss_banner.py" line="46" />
        <source>No speech was recognised in this recording; the transcript is empty.</source>
        <translation>这段录音中没有识别出语音，转写稿是空的。</translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="51" />
        <source>%1: sound, but no speech was recognised even without filtering.</source>
        <translation>%1：有声音，但关闭过滤后仍未识别出语音。</translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="53" />
        <source>%1: sound but no text. The speech filter may have dropped speech here.</source>
        <translation>%1：有声音却没有文字，语音过滤可能丢掉了这里的讲话。</translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="65" />
        <source>Listen</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../loss_banner.py" line="69" />
        <source>Transcribe again without filtering</source>
        <translation>关闭过滤重新转写</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="51" />
        <location filename="../main_window.py" line="205" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59" />
        <source>Start writing, or create a document with Ctrl+N.</source>
        <translation>开始写作，或按 Ctrl+N 新建文档。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85" />
        <source>Nothing leaves this computer unless a document allows the cloud.</source>
        <translation>除非文档允许使用云端，任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <location filename="../window_menus.py" line="62" />
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="77" />
        <location filename="../window_menus.py" line="71" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="84" />
        <location filename="../window_menus.py" line="72" />
        <source>About Copydesk</source>
        <translation>关于 Copydesk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <location filename="../main_window.py" line="283" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194" />
        <location filename="../main_window.py" line="264" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218" />
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223" />
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235" />
        <source>Document moved to the bin.</source>
        <translation>文档已移入回收站。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283" />
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283" />
        <source>Not saved!</source>
        <translation>未保存！</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>Version saved.</source>
        <translation>版本已保存。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339" />
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="29" />
        <source>Cloud</source>
        <translation>云端</translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="44" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="45" />
        <source>The new language is used after Copydesk restarts.</source>
        <translation>新语言将在 Copydesk 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../window_dialogs.py" line="85" />
        <source>Copydesk %1 — an offline editor for reporters.</source>
        <translation>Copydesk %1——为记者打造的离线编辑器。</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="50" />
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="52" />
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="54" />
        <source>Find next</source>
        <translation>查找下一处</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="55" />
        <source>Find previous</source>
        <translation>查找上一处</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="57" />
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="58" />
        <source>Heading 1</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="58" />
        <source>Heading 2</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="58" />
        <source>Heading 3</source>
        <translation>三级标题</translation>
    </message>
    <message>
        <location filename="../writing_tools.py" line="59" />
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="35" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="36" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="37" />
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="38" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="39" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="50" />
        <source>New document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="51" />
        <source>Import documents…</source>
        <translation>导入文档…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="52" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="53" />
        <source>Missing recordings…</source>
        <translation>缺失的录音…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="55" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="56" />
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="58" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="59" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="60" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="63" />
        <source>Search library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="64" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="65" />
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="66" />
        <source>Version history…</source>
        <translation>版本历史…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="67" />
        <source>Save a version now</source>
        <translation>立即保存一个版本</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="69" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="82" />
        <source>A panel could not be loaded: %1</source>
        <translation>无法加载面板：%1</translation>
    </message>
</context>
<context>
    <name>MissingMediaDialog</name>
    <message>
        <location filename="../media_dialog.py" line="26" />
        <source>Missing recordings</source>
        <translation>缺失的录音</translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="34" />
        <source>Relink…</source>
        <translation>重新关联…</translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="51" />
        <source>These recordings are no longer where they were. Point Copydesk to their new place; it checks that it is the same recording.</source>
        <translation>这些录音已不在原来的位置。请指出它们的新位置，Copydesk 会核对是否为同一段录音。</translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="55" />
        <source>All recordings are where the library expects them.</source>
        <translation>所有录音都在资料库记录的位置。</translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="64" />
        <source>Relinked.</source>
        <translation>已重新关联。</translation>
    </message>
    <message>
        <location filename="../media_dialog.py" line="72" />
        <source>Where is this recording now?</source>
        <translation>这段录音现在在哪里？</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../model_manager.py" line="40" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43" />
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="44" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="44" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="44" />
        <source>Provided by</source>
        <translation>来源软件包</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="51" />
        <source>Verify checksum</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="52" />
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="53" />
        <source>Add GGUF file…</source>
        <translation>添加 GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="54" />
        <source>Add whisper folder…</source>
        <translation>添加 whisper 文件夹…</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="55" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="56" />
        <source>Use for drafting</source>
        <translation>用于写作</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="57" />
        <source>The assistant drafts with this model from now on (also in Settings).</source>
        <translation>从现在起助手用此模型写作（也可在设置中更改）。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="83" />
        <source>missing — install %1</source>
        <translation>缺失——请安装 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="85" />
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="87" />
        <source>ready, not verified yet</source>
        <translation>可用，尚未校验</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="89" />
        <source>installed, not prepared yet</source>
        <translation>已安装，尚未准备</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="91" />
        <source>%1 · drafting model</source>
        <translation>%1 · 写作模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="105" />
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="105" />
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="106" />
        <source>Checker model</source>
        <translation>审校模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="106" />
        <source>Search model</source>
        <translation>检索模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="110" />
        <source>many languages</source>
        <translation>多语言</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="110" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="110" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="111" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="116" />
        <source>your file: %1</source>
        <translation>您的文件：%1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="119" />
        <source>pip package %1</source>
        <translation>pip 包 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="120" />
        <source>%1 and %2 more pip packages</source>
        <translation>%1 及另外 %2 个 pip 包</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="148" />
        <source>%1: checksum mismatch — the file is damaged. Press Prepare to rebuild it.</source>
        <translation>%1：校验和不一致——文件已损坏。请点击“准备”重建。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="151" />
        <source>%1 is ready.</source>
        <translation>%1 已就绪。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="158" />
        <source>Verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="158" />
        <source>Preparing %1</source>
        <translation>正在准备 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="168" />
        <source>The assistant now drafts with %1.</source>
        <translation>助手现在用 %1 写作。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="177" />
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="181" />
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="186" />
        <source>Add a CTranslate2 whisper folder</source>
        <translation>添加 CTranslate2 whisper 文件夹</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <location filename="../playback_bar.py" line="33" />
        <source>Play / pause the recording</source>
        <translation>播放/暂停录音</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="34" />
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="35" />
        <source>Forward 5 seconds</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="36" />
        <source>Play faster</source>
        <translation>加快播放</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="37" />
        <source>Play slower</source>
        <translation>放慢播放</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="38" />
        <source>Normal speed</source>
        <translation>正常速度</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="51" />
        <location filename="../playback_bar.py" line="80" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="53" />
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="55" />
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="61" />
        <source>Drag to move through the recording</source>
        <translation>拖动以定位录音</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="70" />
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../playback_bar.py" line="80" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>PrivacySelector</name>
    <message>
        <location filename="../cloud_dialogs.py" line="61" />
        <source>Local only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="61" />
        <source>Nothing from this document leaves this computer.</source>
        <translation>本文档的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="62" />
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="62" />
        <source>You see the masked text and confirm before sending.</source>
        <translation>发送前您会看到脱敏后的文字并确认。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="63" />
        <source>Cloud allowed</source>
        <translation>允许云端</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="63" />
        <source>Heavy tasks may use the cloud, masked and logged.</source>
        <translation>繁重任务可使用云端，内容经脱敏并记录在案。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="68" />
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../proofread_panel.py" line="113" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="114" />
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="121" />
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="123" />
        <location filename="../proofread_panel.py" line="145" />
        <source>Apply all safe fixes</source>
        <translation>应用全部安全修改</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="125" />
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="128" />
        <source>Read the selected paragraphs (or the one at the cursor) with the local model: it finds typos the quick check cannot tell apart, such as 在/再. One to two seconds per sentence.</source>
        <translation>用本地模型逐句通读选中的段落（未选中时为光标所在段落），能发现快速检查分辨不了的错别字，如“在/再”。每句约需一到两秒。</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="149" />
        <source>Deep check whole document (local model)</source>
        <translation>深度检查全文（本地模型）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="192" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="99" />
        <location filename="../proofread_panel.py" line="194" />
        <source>Proofreading</source>
        <translation>审校</translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="241" />
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="242" />
        <source>%n compliance risk(s)</source>
        <translation>
            <numerusform>%n 处合规风险</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="250" />
        <source>Suggestion: %1 (click to apply)</source>
        <translation>建议：%1（点击应用）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="251" />
        <source>Right-click: ignore or add to dictionary</source>
        <translation>右键：忽略或加入词典</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="260" />
        <source>Typo</source>
        <translation>错别字</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="260" />
        <source>Grammar</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="103" />
        <location filename="../proofread_panel.py" line="260" />
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="103" />
        <location filename="../proofread_panel.py" line="261" />
        <source>Style</source>
        <translation>体例</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="103" />
        <source>Typos</source>
        <translation>错别字</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="104" />
        <location filename="../proofread_panel.py" line="261" />
        <source>Compliance risk</source>
        <translation>合规风险</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="127" />
        <source>Deep check (local model)</source>
        <translation>深度检查（本地模型）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="142" />
        <source>Proofread now</source>
        <translation>立即审校</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="147" />
        <source>Export proofreading report…</source>
        <translation>导出审校报告…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="156" />
        <source>Deep check this paragraph (local model)</source>
        <translation>深度检查本段（本地模型）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="342" />
        <source>Replace with “%1”</source>
        <translation>替换为“%1”</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="346" />
        <source>Ignore once</source>
        <translation>忽略一次</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="347" />
        <source>Ignore always</source>
        <translation>始终忽略</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="348" />
        <source>Add “%1” to dictionary</source>
        <translation>把“%1”加入词典</translation>
    </message>
    <message>
        <location filename="../proofread_deep.py" line="55" />
        <source>Deep check running…</source>
        <translation>正在深度检查…</translation>
    </message>
    <message>
        <location filename="../proofread_deep.py" line="56" />
        <source>Deep check with the local model</source>
        <translation>用本地模型深度检查</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="370" />
        <source>Export proofreading report</source>
        <translation>导出审校报告</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="376" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="381" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="384" />
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsPage</name>
    <message>
        <location filename="../cloud_dialogs.py" line="211" />
        <source>Use a cloud model for heavy tasks when a document allows it</source>
        <translation>在文档允许时，繁重任务使用云端模型</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="218" />
        <source>Save key in keychain</source>
        <translation>把密钥存入钥匙串</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="219" />
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="220" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="227" />
        <source>Base URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="228" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="229" />
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="257" />
        <source>Saved in the keychain</source>
        <translation>已存入钥匙串</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="257" />
        <source>Paste the key</source>
        <translation>粘贴密钥</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="269" />
        <source>The key is saved in the system keychain.</source>
        <translation>密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="278" />
        <source>The key was removed from the keychain.</source>
        <translation>密钥已从钥匙串中删除。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="284" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="285" />
        <source>Test cloud connection</source>
        <translation>测试云端连接</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="292" />
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="294" />
        <source>The model '%1' is not in the server's list; check its name.</source>
        <translation>服务器的模型列表中没有“%1”，请检查名称。</translation>
    </message>
</context>
<context>
    <name>PurgeActions</name>
    <message>
        <location filename="../purge_actions.py" line="31" />
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="34" />
        <source>Empty the bin…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="53" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="57" />
        <source>Delete “%1” permanently? Its text, search entries and every saved version are removed. This cannot be undone.</source>
        <translation>要永久删除“%1”吗？其正文、搜索索引和所有已保存的版本都将被删除，且无法撤销。</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="61" />
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="71" />
        <source>Document deleted permanently.</source>
        <translation>文档已永久删除。</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="81" />
        <source>The bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="83" />
        <source>Delete the %1 document(s) in the bin permanently? This cannot be undone.</source>
        <translation>要永久删除回收站中的 %1 个文档吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="85" />
        <source>Empty the bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../purge_actions.py" line="90" />
        <source>%1 document(s) deleted permanently.</source>
        <translation>已永久删除 %1 个文档。</translation>
    </message>
</context>
<context>
    <name>QtMicSource</name>
    <message>
        <location filename="../recorder_qt.py" line="59" />
        <source>unsupported sample format</source>
        <translation>不支持的采样格式</translation>
    </message>
    <message>
        <location filename="../recorder_qt.py" line="84" />
        <source>the microphone stopped delivering sound</source>
        <translation>麦克风停止传送声音</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../transcript_queue.py" line="30" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../transcript_queue.py" line="32" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../transcript_queue.py" line="42" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../transcript_queue.py" line="49" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <location filename="../recorder_panel.py" line="54" />
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="72" />
        <location filename="../recorder_panel.py" line="140" />
        <source>● Record</source>
        <translation>● 录音</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="79" />
        <source>Input level</source>
        <translation>输入音量</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="80" />
        <source>Record an interview: it is saved every second, and transcribed as you speak.</source>
        <translation>录制采访：每秒自动保存，边说边转写。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="84" />
        <source>The live transcript appears here while you record.</source>
        <translation>录音时，实时转写内容会显示在这里。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="85" />
        <source>Open transcript</source>
        <translation>打开转写稿</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="114" />
        <source>No microphone found</source>
        <translation>没有找到麦克风</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="117" />
        <source>Record interview…</source>
        <translation>录制采访…</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="120" />
        <source>Story glossary…</source>
        <translation>稿件词表…</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="140" />
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="166" />
        <source>Recording to %1</source>
        <translation>正在录音到 %1</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="184" />
        <source>Too loud: move the microphone away a little</source>
        <translation>声音太大：请把麦克风稍微移远一点</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="189" />
        <source>Recording stopped: %1</source>
        <translation>录音已停止：%1</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="204" />
        <source>Saved %1 (%2). Making the final transcript…</source>
        <translation>已保存 %1（%2）。正在生成最终转写稿…</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="243" />
        <source>Live transcription of %1</source>
        <translation>%1 的实时转写</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="246" />
        <source>Transcribing %1</source>
        <translation>正在转写 %1</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="253" />
        <source>Transcribing %1…</source>
        <translation>正在转写 %1…</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="269" />
        <source>Transcript saved: %1 segments.</source>
        <translation>转写稿已保存：共 %1 段。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="281" />
        <source>Transcription cancelled. The recording is kept.</source>
        <translation>已取消转写。录音已保留。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="309" />
        <source>Recognise speakers by voice?</source>
        <translation>按声音识别说话人？</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="310" />
        <source>Copydesk can keep a voice print of each speaker you name, so that next time it suggests their name. Voice prints stay in this computer's library and are deleted with the speaker's transcript. You can change this in Settings.</source>
        <translation>Copydesk 可以为您命名的每位说话人保存声纹，下次录音时自动建议其姓名。声纹只保存在本机的资料库中，删除该转写稿时一并删除。您可以在设置中更改此选项。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="313" />
        <source>Keep voice prints</source>
        <translation>保存声纹</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="314" />
        <source>Don't keep them</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="328" />
        <source>Keep voice prints of named speakers to suggest their names later</source>
        <translation>保存已命名说话人的声纹，以便今后建议其姓名</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="330" />
        <source>Forget a speaker's voice…</source>
        <translation>删除某位说话人的声纹…</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="335" />
        <location filename="../recorder_panel.py" line="354" />
        <source>Voices</source>
        <translation>声纹</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="354" />
        <source>No voice prints are stored.</source>
        <translation>没有保存任何声纹。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="356" />
        <source>Forget a voice</source>
        <translation>删除声纹</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="356" />
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="370" />
        <source>Recovered %1 (%2) after an interruption.</source>
        <translation>中断后已恢复 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="377" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="379" />
        <source>Transcribe</source>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../recorder_panel.py" line="391" />
        <source>Open or create a story first: the glossary belongs to a story.</source>
        <translation>请先打开或新建一篇稿件：词表属于稿件。</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../resume_offer.py" line="49" />
        <source>Resume</source>
        <translation>继续转写</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="50" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="68" />
        <source>Transcription of “%1” was interrupted at %2. The part done is kept.</source>
        <translation>“%1”的转写在 %2 处中断，已完成的部分都已保存。</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review_view.py" line="39" />
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="40" />
        <source>Reject all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="41" />
        <source>Apply chosen changes</source>
        <translation>应用所选修改</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="42" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="113" />
        <source>%1 of %2 changes accepted</source>
        <translation>已接受 %1/%2 处修改</translation>
    </message>
</context>
<context>
    <name>RouteBadge</name>
    <message>
        <location filename="../cloud_dialogs.py" line="98" />
        <source>Tasks run on this device.</source>
        <translation>任务在本机运行。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="101" />
        <location filename="../cloud_dialogs.py" line="112" />
        <source>On this device</source>
        <translation>在本机运行</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="105" />
        <source>Cloud: %1</source>
        <translation>云端：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="37" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43" />
        <location filename="../settings_dialog.py" line="61" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47" />
        <source>Local only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47" />
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48" />
        <source>Cloud allowed</source>
        <translation>允许云端</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58" />
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66" />
        <source>Privacy level of new documents</source>
        <translation>新文档的隐私级别</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67" />
        <source>Autosave after</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70" />
        <source>Copy recordings into the library (default: keep them where they are)</source>
        <translation>把录音复制到资料库（默认：保留在原位置）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72" />
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74" />
        <source>Dictionary and terms</source>
        <translation>词典与词表</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86" />
        <source>Drafting model</source>
        <translation>写作模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="87" />
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100" />
        <source>Your dictionary: words the proofreader accepts (names, places, jargon), one per line</source>
        <translation>个人词典：审校时接受的词（人名、地名、术语），每行一个</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103" />
        <source>Term tables (CSV: wrong → right, or risky wording with a risk level)</source>
        <translation>词表（CSV：错误→正确，或带风险级别的敏感用语）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109" />
        <source>Add table…</source>
        <translation>添加词表…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="110" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118" />
        <source>Check as you type</source>
        <translation>边写边查</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>English grammar model (quire; experimental, often wrong)</source>
        <translation>英文语法模型（quire；试验性，常有误判）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121" />
        <source>A small offline model that suggests English grammar fixes. On a learner-English test set it made more sentences worse than better.</source>
        <translation>一个离线小模型，给出英文语法修改建议。在英语学习者语料测试中，它改坏的句子比改好的还多。</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141" />
        <source>%1 terms added.</source>
        <translation>已添加 %1 个词条。</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="145" />
        <source>Add a term table</source>
        <translation>添加词表</translation>
    </message>
</context>
<context>
    <name>TranscriptEditing</name>
    <message>
        <location filename="../transcript_editing.py" line="31" />
        <source>Correct the word at the cursor</source>
        <translation>更正光标处的词</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="132" />
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="132" />
        <source>Spoken by</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="144" />
        <source>Edit transcript</source>
        <translation>编辑转写稿</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="156" />
        <source>Correct “%1”…</source>
        <translation>更正“%1”…</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="159" />
        <source>“%1” is right (clear the mark)</source>
        <translation>“%1”没错（取消标记）</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="162" />
        <source>Split the segment before “%1”</source>
        <translation>在“%1”前拆分本段</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="164" />
        <source>Merge with the next segment</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="166" />
        <source>Set speaker of this segment…</source>
        <translation>设置本段说话人…</translation>
    </message>
    <message>
        <location filename="../transcript_editing.py" line="167" />
        <source>Set speaker of the selected segments…</source>
        <translation>设置所选段落的说话人…</translation>
    </message>
</context>
<context>
    <name>TranscriptExport</name>
    <message>
        <location filename="../transcript_export.py" line="23" />
        <source>Export transcript</source>
        <translation>导出转写稿</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../transcript_view.py" line="66" />
        <source>Transcripts</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="80" />
        <source>Import audio…</source>
        <translation>导入音频…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="356" />
        <source>Send to draft</source>
        <translation>送入稿件</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="84" />
        <source>Resume</source>
        <translation>继续转写</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="85" />
        <source>Carry on transcribing from where it stopped</source>
        <translation>从中断处继续转写</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="87" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="88" />
        <source>Save this transcript, with your corrections, as DOCX, SRT, VTT, TXT or JSON</source>
        <translation>把这份转写稿（含你的修改）保存为 DOCX、SRT、VTT、TXT 或 JSON</translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="38" />
        <location filename="../transcript_view.py" line="125" />
        <source>Send whole transcript to draft</source>
        <translation>整篇转写稿发送到稿件</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="136" />
        <source>Import audio for transcription…</source>
        <translation>导入音频进行转写…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="147" />
        <source>Import audio</source>
        <translation>导入音频</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="197" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="205" />
        <source>Transcribing %1</source>
        <translation>正在转写 %1</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="240" />
        <source>Cancelled: the part done so far is kept. Press Resume to carry on.</source>
        <translation>已取消：已完成的部分都已保存，按“继续转写”可接着转写。</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="247" />
        <source>No speech recognised</source>
        <translation>没有识别出语音</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="249" />
        <source>Done, with stretches of sound that have no text</source>
        <translation>完成，但有几段有声音却没有文字</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="251" />
        <source>Stopped at the damaged part</source>
        <translation>在损坏处停止</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="251" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="280" />
        <source>Transcribe again</source>
        <translation>重新转写</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="284" />
        <source>Listening again to %1</source>
        <translation>正在重听 %1</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="353" />
        <source>Rename speaker “%1” everywhere…</source>
        <translation>在所有位置重命名发言人“%1”…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="355" />
        <source>Edit text…</source>
        <translation>编辑文字…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="364" />
        <source>Rename speaker</source>
        <translation>重命名发言人</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="364" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="369" />
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="369" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="37" />
        <source>Send selection to draft</source>
        <translation>所选内容发送到稿件</translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="57" />
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="66" />
        <source>Sent the whole transcript (%1 segments) to the draft.</source>
        <translation>已将整篇转写稿（%1 段）发送到稿件。</translation>
    </message>
    <message>
        <location filename="../transcript_send.py" line="69" />
        <source>Sent %1 of %2 segments to the draft.</source>
        <translation>已将 %2 段中的 %1 段发送到稿件。</translation>
    </message>
</context>
<context>
    <name>TranscriptStatus</name>
    <message>
        <location filename="../resume_offer.py" line="20" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="20" />
        <source>transcribing</source>
        <translation>正在转写</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="21" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="21" />
        <source>stopped at damage</source>
        <translation>止于损坏处</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="22" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="23" />
        <source>cancelled, can resume</source>
        <translation>已取消，可继续</translation>
    </message>
    <message>
        <location filename="../resume_offer.py" line="24" />
        <source>interrupted, can resume</source>
        <translation>已中断，可继续</translation>
    </message>
</context>
<context>
    <name>TranscriptText</name>
    <message>
        <location filename="../transcript_text.py" line="28" />
        <source>Speaker %1</source>
        <translation>说话人%1</translation>
    </message>
    <message>
        <location filename="../transcript_text.py" line="64" />
        <source>Uncertain word: check it against the recording</source>
        <translation>不确定的词：请对照录音核实</translation>
    </message>
</context>
<context>
    <name>TranscriptUndo</name>
    <message>
        <location filename="../transcript_undo.py" line="28" />
        <source>Undo the last transcript edit (transcript focused)</source>
        <translation>撤销上一次转写稿修改（焦点在转写稿时）</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="29" />
        <source>Redo the transcript edit (transcript focused)</source>
        <translation>重做转写稿修改（焦点在转写稿时）</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="43" />
        <source>Undo transcript edit</source>
        <translation>撤销转写稿修改</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="44" />
        <source>Redo transcript edit</source>
        <translation>重做转写稿修改</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="92" />
        <source>Edit transcript</source>
        <translation>编辑转写稿</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="104" />
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="104" />
        <source>word check</source>
        <translation>核实词语</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="104" />
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="105" />
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="105" />
        <source>speaker change</source>
        <translation>更改说话人</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="106" />
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <location filename="../transcript_undo.py" line="107" />
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../version_dialog.py" line="57" />
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="79" />
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="89" />
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="65" />
        <source>autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="65" />
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="66" />
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="66" />
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="67" />
        <source>Nothing (show this version)</source>
        <translation>不比较（只显示此版本）</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="68" />
        <source>The version before it</source>
        <translation>它的上一个版本</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="69" />
        <source>The current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="72" />
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="113" />
        <source>the current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="116" />
        <source>an empty document</source>
        <translation>空文档</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="142" />
        <source>No changes between %1 and %2.</source>
        <translation>%1 与 %2 之间没有改动。</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="144" />
        <source>From %1 to %2: added %3, removed %4.</source>
        <translation>从 %1 到 %2：增加 %3，删除 %4。</translation>
    </message>
</context>
<context>
    <name>VoiceSuggestions</name>
    <message>
        <location filename="../voice_suggestions.py" line="63" />
        <source>%1 sounds like %2 — name them</source>
        <translation>%1 的声音像 %2——标注为此人</translation>
    </message>
    <message>
        <location filename="../voice_suggestions.py" line="65" />
        <source>Recognised by voice from a transcript where you named them</source>
        <translation>根据声音识别，来自你曾为其命名的转写稿</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message>
        <location filename="../word_count.py" line="38" />
        <source>Selection: %1</source>
        <translation>选中：%1</translation>
    </message>
    <message>
        <location filename="../word_count.py" line="42" />
        <source>%1 characters, not counting spaces</source>
        <translation>%1 个字符（不含空格）</translation>
    </message>
</context>
</TS>