<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="62" />
        <source>Library damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../app.py" line="63" />
        <source>Start a new, empty library? The damaged file is kept as a backup.</source>
        <translation>要新建一个空资料库吗？损坏的文件会作为备份保留。</translation>
    </message>
    <message>
        <location filename="../app.py" line="89" />
        <source>Copydesk did not close properly last time. Your documents were restored from the last autosave.</source>
        <translation>Copydesk 上次未正常关闭。您的文档已从最近一次自动保存中恢复。</translation>
    </message>
    <message>
        <location filename="../app.py" line="94" />
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
        <location filename="../assistant_state.py" line="133" />
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
        <location filename="../assistant_panel.py" line="270" />
        <location filename="../assistant_panel.py" line="302" />
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
        <location filename="../assistant_panel.py" line="288" />
        <source>On this device · %1 · %2 s</source>
        <translation>在本机运行 · %1 · %2 秒</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="298" />
        <source>The answer may not be in the requested language.</source>
        <translation>回答可能不是所要求的语言。</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="300" />
        <source>Form: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location filename="../assistant_panel.py" line="321" />
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
        <location filename="../assistant_route.py" line="26" />
        <source>On this device</source>
        <translation>在本机运行</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="27" />
        <source>Auto: cloud for heavy work</source>
        <translation>自动：繁重任务用云端</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="28" />
        <source>Best quality (cloud)</source>
        <translation>最佳质量（云端）</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="31" />
        <source>The cloud is used only when the document's privacy level allows it, after names and contact details are masked.</source>
        <translation>只有文档的隐私级别允许时才会使用云端，且会先对姓名和联系方式脱敏。</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="60" />
        <source>Kept on this device.</source>
        <translation>已留在本机。</translation>
    </message>
    <message>
        <location filename="../assistant_route.py" line="62" />
        <source>You chose to keep this task on this device.</source>
        <translation>您选择在本机运行此任务。</translation>
    </message>
</context>
<context>
    <name>AuditLogViewer</name>
    <message>
        <location filename="../cloud_dialogs.py" line="305" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305" />
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="305" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306" />
        <source>Bytes sent</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306" />
        <source>Bytes received</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306" />
        <source>Masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="306" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="307" />
        <source>Payload SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="313" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="314" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="315" />
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="343" />
        <source>%1 cloud requests, %2 bytes sent</source>
        <translation>%1 次云端请求，共发送 %2 字节</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="350" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="350" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="351" />
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="356" />
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="363" />
        <source>Cloud audit log</source>
        <translation>云端审计日志</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../cloud_dialogs.py" line="127" />
        <source>Send to the cloud?</source>
        <translation>发送到云端？</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="129" />
        <source>This text will be sent to %1 (model %2). %3 personal details were replaced by placeholders.</source>
        <translation>以下文字将发送到 %1（模型 %2）。%3 处个人信息已替换为占位符。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="139" />
        <source>Placeholder</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="139" />
        <source>Stays on this device</source>
        <translation>留在本机</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="147" />
        <source>SHA-256 of the payload (kept in the audit log): %1</source>
        <translation>发送内容的 SHA-256（记入审计日志）：%1</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="150" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="151" />
        <source>Keep on this device</source>
        <translation>留在本机</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../document_list.py" line="97" />
        <source>Search documents and transcripts…</source>
        <translation>搜索文档和转写稿…</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="100" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="100" />
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="101" />
        <source>Transcripts</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="101" />
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="104" />
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="104" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="104" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="105" />
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="105" />
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="121" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="122" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="123" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="145" />
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="146" />
        <source>Any speaker</source>
        <translation>任意发言人</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="185" />
        <source>No documents yet.
Press New to start writing.</source>
        <translation>还没有文档。
点击“新建”开始写作。</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="189" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="203" />
        <source>No matches</source>
        <translation>没有匹配结果</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../progress_area.py" line="36" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="46" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="57" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="60" />
        <source>%1 so far</source>
        <translation>已用时 %1</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../library_actions.py" line="61" />
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="62" />
        <source>Documents (%1)</source>
        <translation>文档（%1）</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="67" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="67" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="68" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="68" />
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../library_actions.py" line="69" />
        <source>Export document</source>
        <translation>导出文档</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="59" />
        <location filename="../main_window.py" line="268" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67" />
        <source>Start writing, or create a document with Ctrl+N.</source>
        <translation>开始写作，或按 Ctrl+N 新建文档。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>Nothing leaves this computer unless a document allows the cloud.</source>
        <translation>除非文档允许使用云端，任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97" />
        <location filename="../main_window.py" line="155" />
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>New document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144" />
        <source>Import documents…</source>
        <translation>导入文档…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Missing recordings…</source>
        <translation>缺失的录音…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156" />
        <source>Search library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158" />
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>Version history…</source>
        <translation>版本历史…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160" />
        <source>Save a version now</source>
        <translation>立即保存一个版本</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163" />
        <location filename="../window_dialogs.py" line="75" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164" />
        <location filename="../window_dialogs.py" line="82" />
        <source>About Copydesk</source>
        <translation>关于 Copydesk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172" />
        <source>A panel could not be loaded: %1</source>
        <translation>无法加载面板：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252" />
        <location filename="../main_window.py" line="336" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257" />
        <location filename="../main_window.py" line="323" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281" />
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286" />
        <source>Tags saved.</source>
        <translation>标签已保存。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303" />
        <source>Document moved to the bin.</source>
        <translation>文档已移入回收站。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>Not saved!</source>
        <translation>未保存！</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343" />
        <source>Version saved.</source>
        <translation>版本已保存。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="392" />
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
        <location filename="../window_dialogs.py" line="83" />
        <source>Copydesk %1 — an offline editor for reporters.</source>
        <translation>Copydesk %1——为记者打造的离线编辑器。</translation>
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
        <location filename="../model_manager.py" line="39" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="42" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="42" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="42" />
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="43" />
        <source>Provided by</source>
        <translation>来源软件包</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="50" />
        <source>Verify checksum</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="51" />
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="52" />
        <source>Add GGUF file…</source>
        <translation>添加 GGUF 文件…</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="53" />
        <source>Add whisper folder…</source>
        <translation>添加 whisper 文件夹…</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="54" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="55" />
        <source>Use for drafting</source>
        <translation>用于写作</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="56" />
        <source>The assistant drafts with this model from now on (also in Settings).</source>
        <translation>从现在起助手用此模型写作（也可在设置中更改）。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="82" />
        <source>missing — install %1</source>
        <translation>缺失——请安装 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="84" />
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="86" />
        <source>ready, not verified yet</source>
        <translation>可用，尚未校验</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="88" />
        <source>installed, not prepared yet</source>
        <translation>已安装，尚未准备</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="90" />
        <source>%1 · drafting model</source>
        <translation>%1 · 写作模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="91" />
        <source>your file: %1</source>
        <translation>您的文件：%1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="126" />
        <source>%1: checksum mismatch — the file is damaged. Press Prepare to rebuild it.</source>
        <translation>%1：校验和不一致——文件已损坏。请点击“准备”重建。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="129" />
        <source>%1 is ready.</source>
        <translation>%1 已就绪。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="136" />
        <source>Verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="136" />
        <source>Preparing %1</source>
        <translation>正在准备 %1</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="146" />
        <source>The assistant now drafts with %1.</source>
        <translation>助手现在用 %1 写作。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="155" />
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="159" />
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../model_manager.py" line="164" />
        <source>Add a CTranslate2 whisper folder</source>
        <translation>添加 CTranslate2 whisper 文件夹</translation>
    </message>
</context>
<context>
    <name>PrivacySelector</name>
    <message>
        <location filename="../cloud_dialogs.py" line="56" />
        <source>Local only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="56" />
        <source>Nothing from this document leaves this computer.</source>
        <translation>本文档的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="57" />
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="57" />
        <source>You see the masked text and confirm before sending.</source>
        <translation>发送前您会看到脱敏后的文字并确认。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="58" />
        <source>Cloud allowed</source>
        <translation>允许云端</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="58" />
        <source>Heavy tasks may use the cloud, masked and logged.</source>
        <translation>繁重任务可使用云端，内容经脱敏并记录在案。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="63" />
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
</context>
<context>
    <name>ProofreadPanel</name>
    <message>
        <location filename="../proofread_panel.py" line="105" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="105" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="106" />
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="113" />
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="115" />
        <location filename="../proofread_panel.py" line="137" />
        <source>Apply all safe fixes</source>
        <translation>应用全部安全修改</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="117" />
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="120" />
        <source>Read the selected paragraphs (or the one at the cursor) with the local model: it finds typos the quick check cannot tell apart, such as 在/再. One to two seconds per sentence.</source>
        <translation>用本地模型逐句通读选中的段落（未选中时为光标所在段落），能发现快速检查分辨不了的错别字，如“在/再”。每句约需一到两秒。</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="141" />
        <source>Deep check whole document (local model)</source>
        <translation>深度检查全文（本地模型）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="184" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="91" />
        <location filename="../proofread_panel.py" line="186" />
        <source>Proofreading</source>
        <translation>审校</translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="232" />
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../proofread_panel.py" line="233" />
        <source>%n compliance risk(s)</source>
        <translation>
            <numerusform>%n 处合规风险</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="238" />
        <source>Suggestion: %1 (click to apply)</source>
        <translation>建议：%1（点击应用）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="239" />
        <source>Right-click: ignore or add to dictionary</source>
        <translation>右键：忽略或加入词典</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="248" />
        <source>Typo</source>
        <translation>错别字</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="248" />
        <source>Grammar</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="95" />
        <location filename="../proofread_panel.py" line="248" />
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="95" />
        <location filename="../proofread_panel.py" line="249" />
        <source>Style</source>
        <translation>文风</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="95" />
        <source>Typos</source>
        <translation>错别字</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="96" />
        <location filename="../proofread_panel.py" line="249" />
        <source>Compliance risk</source>
        <translation>合规风险</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="119" />
        <source>Deep check (local model)</source>
        <translation>深度检查（本地模型）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="134" />
        <source>Proofread now</source>
        <translation>立即审校</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="139" />
        <source>Export proofreading report…</source>
        <translation>导出审校报告…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="148" />
        <source>Deep check this paragraph (local model)</source>
        <translation>深度检查本段（本地模型）</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="330" />
        <source>Replace with “%1”</source>
        <translation>替换为“%1”</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="334" />
        <source>Ignore once</source>
        <translation>忽略一次</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="335" />
        <source>Ignore always</source>
        <translation>始终忽略</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="336" />
        <source>Add “%1” to dictionary</source>
        <translation>把“%1”加入词典</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="370" />
        <source>Deep check running…</source>
        <translation>正在深度检查…</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="371" />
        <source>Deep check with the local model</source>
        <translation>用本地模型深度检查</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="410" />
        <source>Export proofreading report</source>
        <translation>导出审校报告</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="411" />
        <source>Word document (*.docx);;Web page (*.html)</source>
        <translation>Word 文档 (*.docx);;网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="416" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="421" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../proofread_panel.py" line="424" />
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsPage</name>
    <message>
        <location filename="../cloud_dialogs.py" line="198" />
        <source>Use a cloud model for heavy tasks when a document allows it</source>
        <translation>在文档允许时，繁重任务使用云端模型</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="205" />
        <source>Save key in keychain</source>
        <translation>把密钥存入钥匙串</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="206" />
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="207" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="214" />
        <source>Base URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="215" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="216" />
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="244" />
        <source>Saved in the keychain</source>
        <translation>已存入钥匙串</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="244" />
        <source>Paste the key</source>
        <translation>粘贴密钥</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="256" />
        <source>The key is saved in the system keychain.</source>
        <translation>密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="265" />
        <source>The key was removed from the keychain.</source>
        <translation>密钥已从钥匙串中删除。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="271" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="272" />
        <source>Test cloud connection</source>
        <translation>测试云端连接</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="279" />
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="281" />
        <source>The model '%1' is not in the server's list; check its name.</source>
        <translation>服务器的模型列表中没有“%1”，请检查名称。</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../transcript_view.py" line="191" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="193" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="203" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="210" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../review_view.py" line="38" />
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="39" />
        <source>Reject all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="40" />
        <source>Apply chosen changes</source>
        <translation>应用所选修改</translation>
    </message>
    <message>
        <location filename="../review_view.py" line="41" />
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
        <location filename="../cloud_dialogs.py" line="93" />
        <source>Tasks run on this device.</source>
        <translation>任务在本机运行。</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="96" />
        <location filename="../cloud_dialogs.py" line="107" />
        <source>On this device</source>
        <translation>在本机运行</translation>
    </message>
    <message>
        <location filename="../cloud_dialogs.py" line="100" />
        <source>Cloud: %1</source>
        <translation>云端：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="36" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="42" />
        <location filename="../settings_dialog.py" line="60" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46" />
        <source>Local only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46" />
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47" />
        <source>Cloud allowed</source>
        <translation>允许云端</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="53" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57" />
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65" />
        <source>Privacy level of new documents</source>
        <translation>新文档的隐私级别</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66" />
        <source>Autosave after</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67" />
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Copy recordings into the library (default: keep them where they are)</source>
        <translation>把录音复制到资料库（默认：保留在原位置）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71" />
        <source>Recordings</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73" />
        <source>Dictionary and terms</source>
        <translation>词典与词表</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85" />
        <source>Drafting model</source>
        <translation>写作模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86" />
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="87" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="99" />
        <source>Your dictionary: words the proofreader accepts (names, places, jargon), one per line</source>
        <translation>个人词典：审校时接受的词（人名、地名、术语），每行一个</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102" />
        <source>Term tables (CSV: wrong → right, or risky wording with a risk level)</source>
        <translation>词表（CSV：错误→正确，或带风险级别的敏感用语）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108" />
        <source>Add table…</source>
        <translation>添加词表…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="109" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117" />
        <source>Check as you type</source>
        <translation>边写边查</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119" />
        <source>English grammar model (quire; experimental, often wrong)</source>
        <translation>英文语法模型（quire；试验性，常有误判）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120" />
        <source>A small offline model that suggests English grammar fixes. On a learner-English test set it made more sentences worse than better.</source>
        <translation>一个离线小模型，给出英文语法修改建议。在英语学习者语料测试中，它改坏的句子比改好的还多。</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140" />
        <source>%1 terms added.</source>
        <translation>已添加 %1 个词条。</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="144" />
        <source>Add a term table</source>
        <translation>添加词表</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../transcript_view.py" line="220" />
        <source>Transcripts</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="233" />
        <source>Import audio…</source>
        <translation>导入音频…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="251" />
        <location filename="../transcript_view.py" line="273" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="253" />
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="255" />
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="405" />
        <source>Send to draft</source>
        <translation>送入稿件</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="273" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="262" />
        <location filename="../transcript_view.py" line="435" />
        <source>Send whole transcript to draft</source>
        <translation>整篇转写稿发送到稿件</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="284" />
        <source>Import audio for transcription…</source>
        <translation>导入音频进行转写…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="292" />
        <source>Import audio</source>
        <translation>导入音频</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="293" />
        <source>Audio and video (%1)</source>
        <translation>音频和视频（%1）</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="319" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="324" />
        <source>Transcribing %1</source>
        <translation>正在转写 %1</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="351" />
        <source>Cancelled: the part done so far is kept and resumes next time.</source>
        <translation>已取消：已完成的部分会保留，下次从中断处继续。</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="357" />
        <source>Stopped at the damaged part</source>
        <translation>在损坏处停止</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="357" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="401" />
        <source>Rename speaker “%1” everywhere…</source>
        <translation>在所有位置重命名发言人“%1”…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="403" />
        <source>Set speaker of this segment…</source>
        <translation>设置本段发言人…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="404" />
        <source>Edit text…</source>
        <translation>编辑文字…</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="413" />
        <source>Rename speaker</source>
        <translation>重命名发言人</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="413" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="420" />
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="420" />
        <source>Spoken by</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="426" />
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="426" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="434" />
        <source>Send selection to draft</source>
        <translation>所选内容发送到稿件</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="454" />
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="463" />
        <source>Sent the whole transcript (%1 segments) to the draft.</source>
        <translation>已将整篇转写稿（%1 段）发送到稿件。</translation>
    </message>
    <message>
        <location filename="../transcript_view.py" line="466" />
        <source>Sent %1 of %2 segments to the draft.</source>
        <translation>已将 %2 段中的 %1 段发送到稿件。</translation>
    </message>
</context>
<context>
    <name>TranscriptText</name>
    <message>
        <location filename="../transcript_view.py" line="74" />
        <source>Uncertain word: check it against the recording</source>
        <translation>不确定的词：请对照录音核实</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../version_dialog.py" line="28" />
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="37" />
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="46" />
        <source>autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="46" />
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="47" />
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="47" />
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../version_dialog.py" line="51" />
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
</context>
</TS>