<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="50" />
        <source>Library damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../app.py" line="51" />
        <source>Start a new, empty library? The damaged file is kept as a backup.</source>
        <translation>要新建一个空资料库吗？损坏的文件会作为备份保留。</translation>
    </message>
    <message>
        <location filename="../app.py" line="74" />
        <source>Copydesk did not close properly last time. Your documents were restored from the last autosave.</source>
        <translation>Copydesk 上次未正常关闭。您的文档已从最近一次自动保存中恢复。</translation>
    </message>
    <message>
        <location filename="../app.py" line="79" />
        <source>Plugin “%1” was disabled: %2</source>
        <translation>插件“%1”已停用：%2</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../document_list.py" line="38" />
        <source>Search documents and transcripts…</source>
        <translation>搜索文档和转写稿…</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="44" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="45" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="46" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="78" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="87" />
        <source>No matches</source>
        <translation>没有匹配结果</translation>
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
        <location filename="../progress_area.py" line="54" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="52" />
        <location filename="../main_window.py" line="214" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="55" />
        <source>Start writing, or create a document with Ctrl+N.</source>
        <translation>开始写作，或按 Ctrl+N 新建文档。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75" />
        <source>On this device</source>
        <translation>在本机运行</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76" />
        <source>Nothing leaves this computer unless a document allows the cloud.</source>
        <translation>除非文档允许使用云端，任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79" />
        <location filename="../main_window.py" line="131" />
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>New document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>Search library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>Version history…</source>
        <translation>版本历史…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135" />
        <source>Save a version now</source>
        <translation>立即保存一个版本</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138" />
        <location filename="../main_window.py" line="355" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139" />
        <location filename="../main_window.py" line="360" />
        <source>About Copydesk</source>
        <translation>关于 Copydesk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>A panel could not be loaded: %1</source>
        <translation>无法加载面板：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198" />
        <location filename="../main_window.py" line="290" />
        <location filename="../main_window.py" line="305" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <location filename="../main_window.py" line="254" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237" />
        <source>Document moved to the bin.</source>
        <translation>文档已移入回收站。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259" />
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294" />
        <source>Not saved!</source>
        <translation>未保存！</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>Version saved.</source>
        <translation>版本已保存。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="346" />
        <source>The new language is used after Copydesk restarts.</source>
        <translation>新语言将在 Copydesk 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="361" />
        <source>Copydesk %1 — an offline editor for reporters.</source>
        <translation>Copydesk %1——为记者打造的离线编辑器。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="29" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="35" />
        <location filename="../settings_dialog.py" line="53" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39" />
        <source>Local only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39" />
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40" />
        <source>Cloud allowed</source>
        <translation>允许云端</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50" />
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="53" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="54" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58" />
        <source>Privacy level of new documents</source>
        <translation>新文档的隐私级别</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="59" />
        <source>Autosave after</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60" />
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74" />
        <source>Drafting model</source>
        <translation>写作模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75" />
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="76" />
        <source>Models</source>
        <translation>模型</translation>
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
</context>
</TS>