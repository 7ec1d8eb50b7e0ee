<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>About</name>
    <message>
      <source>{0} is built with these libraries:</source>
      <translation>{0} 使用了以下程序库：</translation>
    </message>
    <message>
      <source>Some of them carry libraries of other projects inside them:</source>
      <translation>其中一些包含其他项目的程序库：</translation>
    </message>
    <message>
      <source>Qt, PySide6, psycopg and python-bidi are used under the GNU Lesser General Public License version 3 (below). They are separate shared libraries in the installation folder, and you may replace them with compatible versions of your own. Each library's licence text follows, as its package carries it (also in its *.dist-info folder in the installation folder).</source>
      <translation>Qt、PySide6、psycopg 和 python-bidi 依据 GNU 宽通用公共许可证第 3 版（见下文）使用。它们是安装文件夹中独立的共享库，您可以用自己的兼容版本替换。以下是各程序库随其软件包提供的许可证文本（也位于安装文件夹中对应的 *.dist-info 文件夹内）。</translation>
    </message>
    <message>
      <source>Referral kits and reports embed these fonts:</source>
      <translation>推荐手册和报告中嵌入了以下字体：</translation>
    </message>
    <message>
      <source>About {0}</source>
      <translation>关于 {0}</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>程序库</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>字体</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>关于 Qt</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>所在程序包</translation>
    </message>
    <message>
      <source>Keeps your client book and helps you earn referrals.</source>
      <translation>管理您的客户簿，帮助您获得推荐。</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>程序库</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>许可证</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Version {0}</source>
      <translation>版本 {0}</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>更改内容</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>从(&amp;F)</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>所有记录</translation>
    </message>
    <message>
      <source>any id</source>
      <translation>任意编号</translation>
    </message>
    <message>
      <source>Words in the summary</source>
      <translation>摘要中的词语</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Undo this import…</source>
      <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
      <source>Remove the contacts this import added and restore those it updated (contacts changed since are named first)</source>
      <translation>移除此次导入添加的联系人，并恢复其更新过的联系人（之后被修改过的联系人会先列出）</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>{0} entries</source>
      <translation>{0} 条记录</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <source>Exported {0} entries to {1}. The export is recorded in the audit log.</source>
      <translation>已将 {0} 条记录导出到 {1}。此次导出已记入审计日志。</translation>
    </message>
    <message>
      <source>Checking every audit entry against its hash…</source>
      <translation>正在按哈希值核对每条审计记录…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Verify audit trail</source>
      <translation>验证审计轨迹</translation>
    </message>
    <message>
      <source>{0}.

Keep this book as it is and tell your compliance officer; the entries before this one match their hashes.</source>
      <translation>{0}。

请保持此客户簿原样并告知您的合规负责人；此前的记录与其哈希值一致。</translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>常用名</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>家庭</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>成为客户日期</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>（已删除）</translation>
    </message>
    <message>
      <source>Search names, emails, phones, places, tags…</source>
      <translation>搜索姓名、邮箱、电话、地点、标签…</translation>
    </message>
    <message>
      <source>All relationships</source>
      <translation>所有关系</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>所有分群</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>所有等级</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>所有标签</translation>
    </message>
    <message>
      <source>Review overdue</source>
      <translation>检视逾期</translation>
    </message>
    <message>
      <source>Clients whose last portfolio review is older than their cadence allows</source>
      <translation>上次投资组合检视早于其频率要求的客户</translation>
    </message>
    <message>
      <source>Show archived</source>
      <translation>显示已归档</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>New Contact…</source>
      <translation>新建联系人…</translation>
    </message>
    <message>
      <source>Export View…</source>
      <translation>导出当前视图…</translation>
    </message>
    <message>
      <source>Save the contacts listed here, in this order, as a CSV file</source>
      <translation>按当前顺序将此处列出的联系人保存为 CSV 文件</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>%Ln 位联系人</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match so far…</source>
      <comment>%Ln matches so far…</comment>
      <translation>
        <numerusform>目前找到 %Ln 个结果…</numerusform>
      </translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>正在搜索…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Merge 2 Contacts…</source>
      <translation>合并 2 位联系人…</translation>
    </message>
    <message>
      <source>Select the two records of one person to merge them</source>
      <translation>选择同一个人的两条记录即可合并</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>记录契机…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>记录推荐…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>安排检视…</translation>
    </message>
    <message>
      <source>Generate Kits In</source>
      <translation>生成手册的语言</translation>
    </message>
    <message>
      <source>Export Contacts</source>
      <translation>导出联系人</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln contact to {0}</source>
      <comment>Exported %Ln contacts to {0}</comment>
      <translation>
        <numerusform>已将 %Ln 位联系人导出到 {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive</source>
      <comment>Archive %Ln Contacts</comment>
      <translation>
        <numerusform>归档 %Ln 位联系人</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Generate Kit…</source>
      <comment>Generate %Ln Kits…</comment>
      <translation>
        <numerusform>生成 %Ln 份手册…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore</source>
      <comment>Restore %Ln Contacts</comment>
      <translation>
        <numerusform>恢复 %Ln 位联系人</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Conflicts</name>
    <message>
      <source>Changed by someone else</source>
      <translation>已被他人更改</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>重新载入</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Has a written plan, meets you several times a year and is asked for their opinion: nearly all referrals come from these clients.</source>
      <translation>有书面计划，每年与您会面数次，并会被征询意见：几乎所有推荐都来自这类客户。</translation>
    </message>
    <message>
      <source>Satisfied, but not involved enough to refer.</source>
      <translation>满意，但投入程度还不足以推荐。</translation>
    </message>
    <message>
      <source>Rarely in touch; stays out of habit more than conviction.</source>
      <translation>很少联系；留下来更多是出于习惯而非认同。</translation>
    </message>
    <message>
      <source>Unhappy with the service; at risk of leaving.</source>
      <translation>对服务不满意，有流失风险。</translation>
    </message>
    <message>
      <source>Not decided yet: left out of the ask list and the engaged figures.</source>
      <translation>尚未确定：不列入请求名单，也不计入积极投入客户的数字。</translation>
    </message>
    <message>
      <source>Engaged: written plan, regular reviews, asked for their view (they refer). Content: satisfied but passive. Complacent: rarely in touch. Disgruntled: unhappy. Unknown until you decide.</source>
      <translation>积极投入：有书面计划、定期检视、会被征询意见（会推荐）。满意：满意但被动。安于现状：很少联系。不满：不满意。在您确定之前为未知。</translation>
    </message>
    <message>
      <source>Edit Contact</source>
      <translation>编辑联系人</translation>
    </message>
    <message>
      <source>New Contact</source>
      <translation>新建联系人</translation>
    </message>
    <message>
      <source>e.g. CPA, attorney</source>
      <translation>例如：注册会计师、律师</translation>
    </message>
    <message>
      <source>Not set (kits in English)</source>
      <translation>未设置（手册为英文）</translation>
    </message>
    <message>
      <source>The language this contact's referral kit is written in</source>
      <translation>此联系人推荐手册所用的语言</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>按等级设定</translation>
    </message>
    <message>
      <source>e.g. retiree, golf</source>
      <translation>例如：退休人士、高尔夫</translation>
    </message>
  </context>
  <context>
    <name>Damaged</name>
    <message>
      <source>The book cannot be used</source>
      <translation>无法使用此客户簿</translation>
    </message>
    <message>
      <source>This book cannot be used as it is.</source>
      <translation>此客户簿目前无法使用。</translation>
    </message>
    <message>
      <source>The latest backup is from {0}. Restoring it puts it in place of the damaged book, which is kept beside it under a new name. Changes made since the backup are not in it.</source>
      <translation>最新备份的日期为 {0}。恢复后它将取代已损坏的客户簿，损坏的客户簿会以新名称保留在旁边。备份之后所做的更改不包含在内。</translation>
    </message>
    <message>
      <source>No automatic backup of this book was found. If you have a backup file, choose it to restore it; the damaged book is kept beside it under a new name.</source>
      <translation>未找到此客户簿的自动备份。如果您有备份文件，请选择它进行恢复；已损坏的客户簿会以新名称保留在旁边。</translation>
    </message>
    <message>
      <source>&amp;Restore latest backup</source>
      <translation>恢复最新备份(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Choose a backup…</source>
      <translation>选择备份(&amp;C)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>选择备份</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>客户簿 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>Detail</name>
    <message>
      <source>Select a contact to see their profile and history.</source>
      <translation>请选择一位联系人，查看其资料和历史记录。</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>历史记录…</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>记录契机…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>记录推荐…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>安排检视…</translation>
    </message>
    <message>
      <source>Generate Kit…</source>
      <translation>生成手册…</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>家庭</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>资料</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>时间线</translation>
    </message>
    <message numerus="yes">
      <source>Timeline · %Ln event</source>
      <comment>Timeline · %Ln events</comment>
      <translation>
        <numerusform>时间线 · %Ln 个事件</numerusform>
      </translation>
    </message>
    <message>
      <source>Archived on {0}</source>
      <translation>归档于 {0}</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>按等级设定</translation>
    </message>
    <message>
      <source>Not in a household</source>
      <translation>不属于任何家庭</translation>
    </message>
    <message>
      <source>No other members</source>
      <translation>没有其他成员</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <source>Changed Elsewhere</source>
      <translation>已在别处更改</translation>
    </message>
    <message>
      <source>Someone else saved this contact while you were editing it.</source>
      <translation>在您编辑期间，其他人保存了此联系人。</translation>
    </message>
    <message>
      <source>Your changes were not saved. Reload to see the latest version, then make your changes again.</source>
      <translation>您的更改未保存。请重新载入以查看最新版本，然后重新修改。</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>重新载入</translation>
    </message>
    <message>
      <source>Added {0}</source>
      <translation>已添加 {0}</translation>
    </message>
    <message>
      <source>This is the latest version; make your changes again.</source>
      <translation>这是最新版本，请重新修改。</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>已保存 {0}</translation>
    </message>
    <message>
      <source>Merge Contacts</source>
      <translation>合并联系人</translation>
    </message>
    <message>
      <source>Merge these two contacts into one? The one you keep receives the other's triggers, referrals, reviews and kits, fills its empty fields from it and keeps both sets of tags; the other is archived. Edit &gt; Undo takes it back.</source>
      <translation>要将这两位联系人合并为一位吗？保留的一方会获得另一方的契机、推荐、检视和手册，用其信息补全空白字段，并保留双方的标签；另一方将被归档。可通过“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
      <source>contact {0}</source>
      <translation>联系人 {0}</translation>
    </message>
    <message>
      <source>Keep {0} ({1})</source>
      <translation>保留 {0}（{1}）</translation>
    </message>
    <message>
      <source>Merged {0} into {1}</source>
      <translation>已将 {0} 合并到 {1}</translation>
    </message>
    <message>
      <source>Rename Household</source>
      <translation>重命名家庭</translation>
    </message>
    <message>
      <source>New name for the {0} household:</source>
      <translation>{0} 家庭的新名称：</translation>
    </message>
  </context>
  <context>
    <name>Engagement</name>
    <message>
      <source>latest NPS {0} (a detractor)</source>
      <translation>最近一次 NPS {0}（贬损者）</translation>
    </message>
    <message>
      <source>latest NPS {0} (passive)</source>
      <translation>最近一次 NPS {0}（被动者）</translation>
    </message>
    <message>
      <source>latest NPS {0} (a promoter)</source>
      <translation>最近一次 NPS {0}（推荐者）</translation>
    </message>
    <message>
      <source>no NPS answer in the last 12 months</source>
      <translation>过去 12 个月没有 NPS 回答</translation>
    </message>
    <message>
      <source>has a written plan</source>
      <translation>有书面计划</translation>
    </message>
    <message>
      <source>no written plan</source>
      <translation>没有书面计划</translation>
    </message>
    <message>
      <source>asked for feedback</source>
      <translation>曾征询其意见</translation>
    </message>
    <message>
      <source>no reviews, NPS answers or referrals on record</source>
      <translation>没有检视、NPS 回答或推荐记录</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Advisor Referrals</source>
      <translation>Advisor Referrals</translation>
    </message>
    <message>
      <source>An unexpected fault stopped this action ({0}). Nothing more was changed; details are in the support log.</source>
      <translation>一个意外错误中止了此操作（{0}）。其他内容均未更改；详细信息见支持日志。</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Pick a date</source>
      <translation>选择日期</translation>
    </message>
    <message>
      <source>not a date; write it like {0}</source>
      <translation>不是有效日期；请按 {0} 的格式填写</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Import Contacts</source>
      <translation>导入联系人</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>未选择文件</translation>
    </message>
    <message>
      <source>Choose File…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Custom (map the columns yourself)</source>
      <translation>自定义（自行对应各列）</translation>
    </message>
    <message>
      <source>Update contacts with the same email</source>
      <translation>更新邮箱相同的联系人</translation>
    </message>
    <message>
      <source>Rows whose email is already in the book update that contact (only the columns the file has). Otherwise those rows are skipped.</source>
      <translation>邮箱已存在于客户簿中的行会更新该联系人（仅更新文件中有的列）；否则跳过这些行。</translation>
    </message>
    <message>
      <source>Refuse values with no exact place here</source>
      <translation>拒绝在此没有确切对应的值</translation>
    </message>
    <message>
      <source>Another tool's contact type, status or category that the book has no exact place for is normally imported with its nearest meaning and listed in the summary. With this, such rows are shown as problems instead.</source>
      <translation>其他工具中在客户簿里没有确切对应的联系人类型、状态或类别，通常会按最接近的含义导入并在摘要中列出。勾选此项后，这些行会显示为问题。</translation>
    </message>
    <message>
      <source>Skip the rows with problems</source>
      <translation>跳过有问题的行</translation>
    </message>
    <message>
      <source>Import the good rows; the rows with problems are written, with the reasons, to a rejects file beside the original, which imports again once corrected.</source>
      <translation>导入没有问题的行；有问题的行连同原因写入原文件旁的退回文件，修正后可再次导入。</translation>
    </message>
    <message>
      <source>Show only rows with problems</source>
      <translation>只显示有问题的行</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Text encoding:</source>
      <translation>文本编码：</translation>
    </message>
    <message>
      <source>Columns as exported by:</source>
      <translation>列的导出来源：</translation>
    </message>
    <message>
      <source>Dates written like:</source>
      <translation>日期格式：</translation>
    </message>
    <message>
      <source>Choose Custom to change where a column goes; columns marked “(not imported)” are left out. Double-click a cell in the rows below to correct it.</source>
      <translation>选择“自定义”可更改某列的去向；标为“（不导入）”的列将被忽略。双击下方各行中的单元格即可修正。</translation>
    </message>
    <message>
      <source>Contacts files (*.csv *.vcf);;All files (*)</source>
      <translation>联系人文件 (*.csv *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Text read as {0}.</source>
      <translation>文本按 {0} 读取。</translation>
    </message>
    <message>
      <source>Rows with problems are shown in red with the reason. Double-click a cell to correct it, change how the columns map to fields, or skip those rows; otherwise nothing is imported until every row is good.</source>
      <translation>有问题的行以红色显示并注明原因。双击单元格可修正，也可更改列与字段的对应关系或跳过这些行；否则在所有行都无误之前不会导入任何内容。</translation>
    </message>
    <message>
      <source>Choose a Contacts File</source>
      <translation>选择联系人文件</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>正在检查各行…</translation>
    </message>
    <message numerus="yes">
      <source>%n row: </source>
      <translation>
        <numerusform>%n 行：</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows: </source>
      <translation>
        <numerusform>%n 行：</numerusform>
      </translation>
    </message>
    <message>
      <source>Ready to import.</source>
      <translation>可以导入。</translation>
    </message>
    <message>
      <source>Cancel Import</source>
      <translation>取消导入</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>常用名</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>职业</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>Region / state</source>
      <translation>地区 / 州</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>家庭</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>成为客户日期</translation>
    </message>
    <message>
      <source>Has a written plan</source>
      <translation>有书面计划</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>请勿请求推荐</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>每年检视次数</translation>
    </message>
    <message>
      <source>Full name (split into first and last)</source>
      <translation>全名（拆分为名和姓）</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>Updates a contact</source>
      <translation>更新联系人</translation>
    </message>
    <message>
      <source>Already up to date</source>
      <translation>已是最新</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>示例</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>导入为</translation>
    </message>
    <message>
      <source>(column {0} has no name)</source>
      <translation>（第 {0} 列没有名称）</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message numerus="yes">
      <source>%n already up to date</source>
      <translation>
        <numerusform>%n 个已是最新</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n likely already in the book</source>
      <translation>
        <numerusform>%n 个可能已在客户簿中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n 个新增</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped (email already in the book)</source>
      <translation>
        <numerusform>%n 个已跳过（邮箱已在客户簿中）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to update</source>
      <translation>
        <numerusform>%n 个待更新</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with problems</source>
      <translation>
        <numerusform>%n 个有问题</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Kits</name>
    <message>
      <source>Referral Kits</source>
      <translation>推荐手册</translation>
    </message>
    <message>
      <source>{0} of {1} asked not to be asked for referrals: {2}.</source>
      <translation>{1} 人中有 {0} 人要求不要向其请求推荐：{2}。</translation>
    </message>
    <message>
      <source>A referral kit asks for introductions.</source>
      <translation>推荐手册的用途是请客户帮忙介绍。</translation>
    </message>
    <message>
      <source>Leave Them Out</source>
      <translation>不包括他们</translation>
    </message>
    <message>
      <source>Include Them</source>
      <translation>包括他们</translation>
    </message>
    <message>
      <source>Choose a folder for {0} referral kits</source>
      <translation>为 {0} 份推荐手册选择文件夹</translation>
    </message>
    <message>
      <source>{0} of these kits are already in {1}: {2}.</source>
      <translation>其中 {0} 份手册已在 {1} 中：{2}。</translation>
    </message>
    <message>
      <source>Replace them with new kits?</source>
      <translation>要用新手册替换它们吗？</translation>
    </message>
    <message>
      <source>Replace Them</source>
      <translation>替换</translation>
    </message>
    <message>
      <source>Preparing {0} referral kits…</source>
      <translation>正在准备 {0} 份推荐手册…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Referral kits</source>
      <translation>推荐手册</translation>
    </message>
    <message>
      <source>Stopping after the kit being written…</source>
      <translation>完成当前这份手册后停止…</translation>
    </message>
    <message>
      <source>Writing kit {0} of {1}…</source>
      <translation>正在生成第 {0} 份手册，共 {1} 份…</translation>
    </message>
    <message>
      <source>Stopped. {0} of {1} kits were saved in {2}.</source>
      <translation>已停止。{1} 份手册中有 {0} 份已保存到 {2}。</translation>
    </message>
    <message numerus="yes">
      <source>%Ln referral kit was saved in {0}.</source>
      <comment>%Ln referral kits were saved in {0}.</comment>
      <translation>
        <numerusform>已将 %Ln 份推荐手册保存到 {0}。</numerusform>
      </translation>
    </message>
    <message>
      <source>No logo: the kit shows your initials</source>
      <translation>无标志：手册将显示您的姓名缩写</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <source>Your firm's required disclosures, printed at the foot of every page</source>
      <translation>贵公司要求的披露声明，印在每页底部</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>标志：</translation>
    </message>
    <message>
      <source>Accent colour:</source>
      <translation>强调色：</translation>
    </message>
    <message>
      <source>Disclosures:</source>
      <translation>披露声明：</translation>
    </message>
    <message>
      <source>Who we help:</source>
      <translation>我们帮助谁：</translation>
    </message>
    <message>
      <source>How we help:</source>
      <translation>我们如何提供帮助：</translation>
    </message>
    <message>
      <source>Left empty, a text prints the wording shown in grey. Start a line with “- ” for a list item; “Name: description” prints the name in bold.</source>
      <translation>留空时，将打印灰色显示的文字。以“- ”开头的行为列表项；“名称: 说明”会将名称以粗体打印。</translation>
    </message>
    <message>
      <source>Choose your logo</source>
      <translation>选择您的标志</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>{0} cannot be read as an image ({1}).</source>
      <translation>无法将 {0} 作为图片读取（{1}）。</translation>
    </message>
    <message>
      <source>{0} is missing or unreadable; kits use your initials.</source>
      <translation>找不到或无法读取 {0}；手册将使用您的姓名缩写。</translation>
    </message>
    <message>
      <source>Accent colour for kits</source>
      <translation>手册的强调色</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>Referral kit for {0}</source>
      <translation>{0}的推荐手册</translation>
    </message>
    <message>
      <source>The client's language</source>
      <translation>客户的语言</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>保存(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts:</source>
      <translation>部分文字无法用随附字体打印：</translation>
    </message>
    <message>
      <source>Preparing the kit…</source>
      <translation>正在准备手册…</translation>
    </message>
    <message>
      <source>Save referral kit</source>
      <translation>保存推荐手册</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>Saved to {0}</source>
      <translation>已保存到 {0}</translation>
    </message>
    <message>
      <source>Print referral kit</source>
      <translation>打印推荐手册</translation>
    </message>
    <message>
      <source>Sent {0} pages to the printer</source>
      <translation>已将 {0} 页发送到打印机</translation>
    </message>
    <message>
      <source>Referral kit</source>
      <translation>推荐手册</translation>
    </message>
    <message>
      <source>The printer could not be opened. Check that it is available.</source>
      <translation>无法打开打印机。请确认打印机可用。</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page, {0}</source>
      <comment>%Ln pages, {0}</comment>
      <translation>
        <numerusform>%Ln 页，{0}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Prospect</source>
      <translation>潜在客户</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Former client</source>
      <translation>前客户</translation>
    </message>
    <message>
      <source>Center of influence</source>
      <translation>影响力人士</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>潜在客户</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Former clients</source>
      <translation>前客户</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>影响力人士</translation>
    </message>
    <message>
      <source>Engaged</source>
      <translation>积极投入</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>安于现状</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>不满</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>Tier {0}</source>
      <translation>{0} 级</translation>
    </message>
    <message>
      <source>Intended</source>
      <translation>有意推荐</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新推荐</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>已联系</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>已会面</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>已转化</translation>
    </message>
    <message>
      <source>Not a fit</source>
      <translation>不合适</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>已流失</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>常用名</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>职业</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>家庭</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>成为客户日期</translation>
    </message>
    <message>
      <source>Written financial plan</source>
      <translation>书面财务计划</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>请勿请求推荐</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>每年检视次数</translation>
    </message>
    <message>
      <source>Kit language</source>
      <translation>手册语言</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>{0} (kits in English)</source>
      <translation>{0}（手册为英文）</translation>
    </message>
  </context>
  <context>
    <name>Lock</name>
    <message>
      <source>Locked after a time without use. Enter the passphrase of {0} to go on.</source>
      <translation>闲置一段时间后已锁定。请输入 {0} 的密码短语以继续。</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <source>That passphrase is not the book's. Try again.</source>
      <translation>这不是此客户簿的密码短语，请重试。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Import…</source>
      <translation>导入(&amp;I)…</translation>
    </message>
    <message>
      <source>Import contacts (.csv) or a book (.json)</source>
      <translation>导入联系人 (.csv) 或客户簿 (.json)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <source>Export contacts (.csv) or the whole book (.json)</source>
      <translation>导出联系人 (.csv) 或整个客户簿 (.json)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Contacts or book files (*.csv *.vcf *.json);;All files (*)</source>
      <translation>联系人或客户簿文件 (*.csv *.vcf *.json);;所有文件 (*)</translation>
    </message>
    <message>
      <source>{0} cannot be imported: choose a contacts file (.csv or .vcf) or a .json book file.</source>
      <translation>无法导入 {0}：请选择联系人文件（.csv 或 .vcf）或客户簿 .json 文件。</translation>
    </message>
    <message>
      <source>Checking {0}…</source>
      <translation>正在检查 {0}…</translation>
    </message>
    <message>
      <source>Import a Whole Book</source>
      <translation>导入整个客户簿</translation>
    </message>
    <message>
      <source>{0} is a whole book: {1}.

Import it into this book?</source>
      <translation>{0} 是一个完整的客户簿：{1}。

要导入到此客户簿吗？</translation>
    </message>
    <message>
      <source>Importing {0}…</source>
      <translation>正在导入 {0}…</translation>
    </message>
    <message>
      <source>Contacts (*.csv)</source>
      <translation>联系人 (*.csv)</translation>
    </message>
    <message>
      <source>Whole book (*.json)</source>
      <translation>整个客户簿 (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Exporting to {0}…</source>
      <translation>正在导出到 {0}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;New Contact…</source>
      <translation>新建联系人(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;About {0}</source>
      <translation>关于 {0}(&amp;A)</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>设置已保存</translation>
    </message>
    <message>
      <source>Log a &amp;trigger…</source>
      <translation>记录契机(&amp;T)…</translation>
    </message>
    <message>
      <source>Record a &amp;referral…</source>
      <translation>记录推荐(&amp;R)…</translation>
    </message>
    <message>
      <source>Undo &amp;Import…</source>
      <translation>撤销导入(&amp;I)…</translation>
    </message>
    <message>
      <source>Remove the contacts the last import added and restore those it updated</source>
      <translation>移除上次导入添加的联系人，并恢复其更新过的联系人</translation>
    </message>
    <message>
      <source>Undo Import</source>
      <translation>撤销导入</translation>
    </message>
    <message>
      <source>No import to undo.</source>
      <translation>没有可撤销的导入。</translation>
    </message>
    <message>
      <source>The import of {0} was already undone.</source>
      <translation>{0} 的导入已经撤销过了。</translation>
    </message>
    <message>
      <source>Undo the import of {0}, made on {1} by {2}?

The {3} contacts it added are removed and the {4} it updated get their earlier values back.</source>
      <translation>要撤销 {2} 于 {1} 进行的 {0} 导入吗？

它添加的 {3} 位联系人将被移除，更新过的 {4} 位联系人将恢复原来的值。</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>……另有 {0} 项</translation>
    </message>
    <message>
      <source>These contacts were changed after the import of {0}:

{1}

Undo the rest of the import and leave these as they are now?</source>
      <translation>这些联系人在 {0} 导入之后被修改过：

{1}

要撤销导入的其余部分，并保留这些联系人的现状吗？</translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>Checking and restoring the backup…</source>
      <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
      <source>The backup {0} is encrypted. Enter the passphrase the book had when the backup was made.</source>
      <translation>备份 {0} 已加密。请输入创建备份时客户簿使用的密码短语。</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>This page is not available in this version yet.</source>
      <translation>此版本暂不提供此页面。</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>推荐</translation>
    </message>
    <message>
      <source>Triggers</source>
      <translation>契机</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>检视</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报告</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Encrypted book</source>
      <translation>已加密的客户簿</translation>
    </message>
    <message>
      <source>The book at {0} is encrypted. Enter its passphrase.</source>
      <translation>位于 {0} 的客户簿已加密。请输入密码短语。</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>密码短语</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
      <source>That passphrase does not open this book. Check it (capital letters count) and try again.</source>
      <translation>此密码短语无法打开该客户簿。请检查（区分大小写）后重试。</translation>
    </message>
    <message>
      <source>New &amp;passphrase:</source>
      <translation>新密码短语(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Type it again:</source>
      <translation>再次输入(&amp;T)：</translation>
    </message>
    <message>
      <source>A passphrase needs at least {0} characters; a few words are best.</source>
      <translation>密码短语至少需要 {0} 个字符；最好由几个词组成。</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>两次输入的密码短语不一致。</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <source>Firm</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>网站</translation>
    </message>
    <message>
      <source>e.g. Maria Lopes, CFP®</source>
      <translation>例如：Maria Lopes, CFP®</translation>
    </message>
    <message>
      <source>e.g. Lopes Wealth Partners</source>
      <translation>例如：Lopes 财富管理</translation>
    </message>
  </context>
  <context>
    <name>ReferralAnalytics</name>
    <message>
      <source>{0} so far</source>
      <translation>{0}（截至目前）</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>过去 12 个月</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>&lt;b&gt;Referral analytics&lt;/b&gt;</source>
      <translation>&lt;b&gt;推荐分析&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Referrals received</source>
      <translation>收到的推荐</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>转化率</translation>
    </message>
    <message>
      <source>Median days to convert</source>
      <translation>转化天数中位数</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>过去 12 个月有推荐的客户</translation>
    </message>
    <message>
      <source>By source</source>
      <translation>按来源</translation>
    </message>
    <message>
      <source>By the referrer's segment</source>
      <translation>按推荐人分群</translation>
    </message>
    <message>
      <source>By conversation trigger</source>
      <translation>按谈话契机</translation>
    </message>
    <message>
      <source>Top referrers</source>
      <translation>推荐最多的人</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <source>from {0} people</source>
      <translation>来自 {0} 人</translation>
    </message>
    <message>
      <source>{0} converted in the period</source>
      <translation>本期转化 {0} 个</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>行业基准 {0}</translation>
    </message>
    <message>
      <source>No referrals in this period</source>
      <translation>此期间没有推荐</translation>
    </message>
    <message>
      <source>No trigger logged</source>
      <translation>未记录契机</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0} 天</translation>
    </message>
    <message>
      <source>from {0}</source>
      <translation>来自 {0}</translation>
    </message>
    <message>
      <source>Drag a card to another column to move it.</source>
      <translation>将卡片拖到另一列即可移动。</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <source>Move to</source>
      <translation>移到</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Centre of influence</source>
      <translation>影响力人士</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>职业</translation>
    </message>
    <message>
      <source>Referrals from them</source>
      <translation>对方推荐给您</translation>
    </message>
    <message>
      <source>Of which converted</source>
      <translation>其中已转化</translation>
    </message>
    <message>
      <source>Referrals to them</source>
      <translation>您推荐给对方</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>差额</translation>
    </message>
    <message>
      <source>Last from them</source>
      <translation>最近一次对方推荐</translation>
    </message>
    <message>
      <source>Last to them</source>
      <translation>最近一次您推荐</translation>
    </message>
    <message>
      <source>They send you more than you send them.</source>
      <translation>对方推荐给您的多于您推荐给对方的。</translation>
    </message>
    <message>
      <source>You send them more than they send you.</source>
      <translation>您推荐给对方的多于对方推荐给您的。</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence</source>
      <translation>向影响力人士推荐某人</translation>
    </message>
    <message>
      <source>Centre of &amp;influence:</source>
      <translation>影响力人士(&amp;I)：</translation>
    </message>
    <message>
      <source>&amp;Person referred:</source>
      <translation>被推荐人(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Sent on:</source>
      <translation>发送日期(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>Choose both people from the lists that appear as you type.</source>
      <translation>请在输入时出现的列表中选择这两个人。</translation>
    </message>
    <message>
      <source>Referrals you sent to the selected centre:</source>
      <translation>您向所选影响力人士推荐的人：</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence…</source>
      <translation>向影响力人士推荐某人…</translation>
    </message>
    <message>
      <source>Who is reciprocating? Referrals received from each centre of influence beside the ones you sent them.</source>
      <translation>谁在礼尚往来？每位影响力人士推荐给您的人数，与您推荐给对方的人数对照。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>未提供</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <source>Promoter (referred by)</source>
      <translation>推广人（推荐人）</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>被推荐人</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>价值</translation>
    </message>
    <message>
      <source>Agreement on file</source>
      <translation>协议已存档</translation>
    </message>
    <message>
      <source>Disclosure delivered</source>
      <translation>已提供披露</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>Only referrals missing a disclosure</source>
      <translation>只显示缺少披露的推荐</translation>
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation>导出为 CSV…</translation>
    </message>
    <message>
      <source>SEC Marketing Rule (206(4)-1): a compensated referral is an endorsement. Deliver a disclosure of the compensation and its terms; above $1,000 in 12 months a written agreement with the promoter is required.</source>
      <translation>SEC 营销规则（206(4)-1）：有偿推荐属于背书。须提供有关报酬及其条款的披露；12 个月内超过 1,000 美元时，须与推广人签订书面协议。</translation>
    </message>
    <message>
      <source>{0} compensated referrals</source>
      <translation>{0} 个有偿推荐</translation>
    </message>
    <message>
      <source>Export the Marketing Rule ledger</source>
      <translation>导出营销规则台账</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Exported {0} rows to {1}</source>
      <translation>已将 {0} 行导出到 {1}</translation>
    </message>
    <message>
      <source>Type a name, email or phone…</source>
      <translation>输入姓名、邮箱或电话…</translation>
    </message>
    <message>
      <source>Log {0} for {1}</source>
      <translation>为 {1} 记录{0}</translation>
    </message>
    <message>
      <source>Edit trigger for {0}</source>
      <translation>编辑 {0} 的契机</translation>
    </message>
    <message>
      <source>Delete trigger for {0}</source>
      <translation>删除 {0} 的契机</translation>
    </message>
    <message>
      <source>Record referral of {0}</source>
      <translation>记录对 {0} 的推荐</translation>
    </message>
    <message>
      <source>Edit referral of {0}</source>
      <translation>编辑对 {0} 的推荐</translation>
    </message>
    <message>
      <source>Move {0} to {1}</source>
      <translation>将 {0} 移到{1}</translation>
    </message>
    <message>
      <source>Record first contact with {0}</source>
      <translation>记录与 {0} 的首次联系</translation>
    </message>
    <message>
      <source>Record thank-you to {0}</source>
      <translation>记录向 {0} 致谢</translation>
    </message>
    <message>
      <source>Delete referral of {0}</source>
      <translation>删除对 {0} 的推荐</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>致谢</translation>
    </message>
    <message>
      <source>Did you send the thank-you to {0}?</source>
      <translation>您已向 {0} 发送感谢了吗？</translation>
    </message>
    <message>
      <source>Yes, record it</source>
      <translation>是，记录下来</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>还没有</translation>
    </message>
    <message>
      <source>⚠ No disclosure delivered. A compensated referral is an endorsement under the SEC Marketing Rule: give the client a disclosure of the compensation and its terms, then record the date here.</source>
      <translation>⚠ 尚未提供披露。根据 SEC 营销规则，有偿推荐属于背书：请向客户提供有关报酬及其条款的披露，然后在此记录日期。</translation>
    </message>
    <message>
      <source>Compensated referral (cash or non-cash)</source>
      <translation>有偿推荐（现金或非现金）</translation>
    </message>
    <message>
      <source>Written agreement on file</source>
      <translation>书面协议已存档</translation>
    </message>
    <message>
      <source>Disclosure delivered on</source>
      <translation>披露提供日期</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>价值：</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>推荐</translation>
    </message>
    <message>
      <source>Record a referral</source>
      <translation>记录推荐</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>First contacted on</source>
      <translation>首次联系日期</translation>
    </message>
    <message>
      <source>Thanked on</source>
      <translation>致谢日期</translation>
    </message>
    <message>
      <source>Converted on</source>
      <translation>转化日期</translation>
    </message>
    <message>
      <source>Referred &amp;by:</source>
      <translation>推荐人(&amp;B)：</translation>
    </message>
    <message>
      <source>&amp;Referred person:</source>
      <translation>被推荐人(&amp;R)：</translation>
    </message>
    <message>
      <source>Received &amp;on:</source>
      <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>状态(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;Trigger:</source>
      <translation>契机(&amp;T)：</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>历史记录：</translation>
    </message>
    <message>
      <source>Someone in the book</source>
      <translation>客户簿中的人</translation>
    </message>
    <message>
      <source>A new person (added as a prospect)</source>
      <translation>新的人（作为潜在客户添加）</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>名</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>姓</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Use this contact</source>
      <translation>使用此联系人</translation>
    </message>
    <message>
      <source>Possible duplicate: {0} ({1}) is already in the book.</source>
      <translation>可能重复：{0}（{1}）已在客户簿中。</translation>
    </message>
    <message>
      <source>{0} more look alike.</source>
      <translation>另有 {0} 人相似。</translation>
    </message>
    <message>
      <source>{0}: recorded as {1}</source>
      <translation>{0}：记录为{1}</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0}：{1} → {2}</translation>
    </message>
    <message>
      <source>Choose who made the referral.</source>
      <translation>请选择推荐人。</translation>
    </message>
    <message>
      <source>Choose the referred person from the list.</source>
      <translation>请从列表中选择被推荐人。</translation>
    </message>
    <message>
      <source>Give the referred person's name.</source>
      <translation>请填写被推荐人的姓名。</translation>
    </message>
    <message>
      <source>Compensated, and no disclosure delivered yet.</source>
      <translation>有偿推荐，且尚未提供披露。</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>推荐人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>跟进期限</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>首次联系</translation>
    </message>
    <message>
      <source>Thanked</source>
      <translation>已致谢</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>已转化</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>契机</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>报酬</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>所有状态</translation>
    </message>
    <message>
      <source>{0} referrals</source>
      <translation>{0} 个推荐</translation>
    </message>
    <message>
      <source>Record first contact today</source>
      <translation>记录今天首次联系</translation>
    </message>
    <message>
      <source>Say thank you…</source>
      <translation>致谢…</translation>
    </message>
    <message>
      <source>Referral analytics will appear here.</source>
      <translation>推荐分析将显示在这里。</translation>
    </message>
    <message>
      <source>Pipeline</source>
      <translation>进展</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>表格</translation>
    </message>
    <message>
      <source>Centres of influence</source>
      <translation>影响力人士</translation>
    </message>
    <message>
      <source>Compliance</source>
      <translation>合规</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>分析</translation>
    </message>
    <message>
      <source>Record a referral…</source>
      <translation>记录推荐…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+R from anywhere</source>
      <translation>在任何位置按 Ctrl+Shift+R</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>记录契机…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Excel workbook, every table…</source>
      <translation>Excel 工作簿，包含所有表格…</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Summary as CSV…</source>
      <translation>摘要 CSV…</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Metrics as JSON…</source>
      <translation>指标 JSON…</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Export data</source>
      <translation>导出数据(&amp;E)</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Quarterly report&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;季度报告&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>{0} (to date)</source>
      <translation>{0}（截至今日）</translation>
    </message>
    <message>
      <source>Preparing the {0} report…</source>
      <translation>正在准备 {0} 报告…</translation>
    </message>
    <message>
      <source>{0} report: {1} pages.</source>
      <translation>{0} 报告：共 {1} 页。</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts: {0}</source>
      <translation>部分文字无法用随附字体打印：{0}</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>无法生成报告。</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report could not be saved to {0}: {1}</source>
      <translation>无法将报告保存到 {0}：{1}</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>已保存 {0}</translation>
    </message>
    <message>
      <source>Export the data</source>
      <translation>导出数据</translation>
    </message>
    <message>
      <source>Exporting {0}…</source>
      <translation>正在导出 {0}…</translation>
    </message>
  </context>
  <context>
    <name>Reviews</name>
    <message>
      <source>Tier {0}</source>
      <translation>{0} 级</translation>
    </message>
    <message>
      <source>never reviewed</source>
      <translation>从未检视</translation>
    </message>
    <message>
      <source>last review {0}</source>
      <translation>上次检视 {0}</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>现在到期</translation>
    </message>
    <message>
      <source>next due {0}</source>
      <translation>下次到期 {0}</translation>
    </message>
    <message>
      <source>Booked for {0}</source>
      <translation>已预约于 {0}</translation>
    </message>
    <message>
      <source>Complete review</source>
      <translation>完成检视</translation>
    </message>
    <message>
      <source>Cancel review</source>
      <translation>取消检视</translation>
    </message>
    <message>
      <source>Cancel the review with {0} on {1}? It stays in the history as cancelled.</source>
      <translation>要取消与 {0} 在 {1} 的检视吗？它将以“已取消”保留在历史记录中。</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>保留</translation>
    </message>
    <message>
      <source>Review already booked</source>
      <translation>已有预约的检视</translation>
    </message>
    <message>
      <source>{0} has a review booked for {1}.</source>
      <translation>{0} 已预约于 {1} 进行检视。</translation>
    </message>
    <message>
      <source>Complete it…</source>
      <translation>完成它…</translation>
    </message>
    <message>
      <source>Move it…</source>
      <translation>改期…</translation>
    </message>
    <message>
      <source>Book another…</source>
      <translation>再预约一次…</translation>
    </message>
    <message>
      <source>Schedule review</source>
      <translation>安排检视</translation>
    </message>
    <message>
      <source>Portfolio reviews are for active clients. {0} is not one: set the relationship to client (or restore the contact) first.</source>
      <translation>投资组合检视仅适用于现有客户。{0} 不是现有客户：请先将关系设为客户（或恢复该联系人）。</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>记录检视</translation>
    </message>
    <message>
      <source>Schedule review with {0}</source>
      <translation>安排与 {0} 的检视</translation>
    </message>
    <message>
      <source>Review with {0} booked for {1}.</source>
      <translation>已为 {0} 预约于 {1} 的检视。</translation>
    </message>
    <message>
      <source>Record review with {0}</source>
      <translation>记录与 {0} 的检视</translation>
    </message>
    <message>
      <source>Review with {0} recorded.</source>
      <translation>已记录与 {0} 的检视。</translation>
    </message>
    <message>
      <source>Move review with {0}</source>
      <translation>改期与 {0} 的检视</translation>
    </message>
    <message>
      <source>Review with {0} moved to {1}.</source>
      <translation>与 {0} 的检视已改到 {1}。</translation>
    </message>
    <message>
      <source>all day</source>
      <translation>全天</translation>
    </message>
    <message>
      <source>&lt;b&gt;Coverage&lt;/b&gt;, last 12 months</source>
      <translation>&lt;b&gt;覆盖率&lt;/b&gt;，过去 12 个月</translation>
    </message>
    <message>
      <source>Of each tier's clients of at least a year's standing, the share who had as many completed reviews in the last 12 months as their cadence asks.</source>
      <translation>在各等级中成为客户满一年的客户里，过去 12 个月完成的检视次数达到其频率要求的比例。</translation>
    </message>
    <message>
      <source>Tier {0}: {1}</source>
      <translation>{0} 级：{1}</translation>
    </message>
    <message>
      <source>{0} of {1} clients</source>
      <translation>{1} 位客户中的 {0} 位</translation>
    </message>
    <message>
      <source>Move review</source>
      <translation>检视改期</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>At a set &amp;time</source>
      <translation>指定时间(&amp;T)</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <source>&amp;Meeting:</source>
      <translation>会面方式(&amp;M)：</translation>
    </message>
    <message>
      <source>What to prepare or discuss (stays in the book)</source>
      <translation>需要准备或讨论的内容（保存在客户簿中）</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>改期</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>安排</translation>
    </message>
    <message>
      <source>A review cannot be completed after today.</source>
      <translation>检视不能在今天之后完成。</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>举行日期(&amp;H)：</translation>
    </message>
    <message>
      <source>I asked the client for &amp;feedback</source>
      <translation>我征询了客户的意见(&amp;F)</translation>
    </message>
    <message>
      <source>We had a &amp;referral conversation</source>
      <translation>我们谈到了推荐(&amp;R)</translation>
    </message>
    <message>
      <source>Notes from the review</source>
      <translation>检视备注</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>at {0}</source>
      <translation>{0}</translation>
    </message>
    <message>
      <source>Portfolio review: {name}</source>
      <translation>投资组合检视：{name}</translation>
    </message>
    <message>
      <source>Portfolio reviews</source>
      <translation>投资组合检视</translation>
    </message>
    <message>
      <source>Export booked reviews</source>
      <translation>导出已预约的检视</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
      <source>Exporting {0} of {1} reviews…</source>
      <translation>正在导出第 {0} 个检视，共 {1} 个…</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>分群</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>频率</translation>
    </message>
    <message>
      <source>Last review</source>
      <translation>上次检视</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>now</source>
      <translation>现在</translation>
    </message>
    <message>
      <source>Late by</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>预约于</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Held? Record it</source>
      <translation>已举行？请记录</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>已改期</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>已预约</translation>
    </message>
    <message>
      <source>Chosen segment</source>
      <translation>所选分群</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>How likely are you to recommend us to a friend?</source>
      <translation>您有多大可能把我们推荐给朋友？</translation>
    </message>
    <message>
      <source>Answer {0} of 10</source>
      <translation>回答 {0}（满分 10）</translation>
    </message>
    <message>
      <source>0 = not at all likely</source>
      <translation>0 = 完全不可能</translation>
    </message>
    <message>
      <source>10 = extremely likely</source>
      <translation>10 = 极有可能</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>无回答</translation>
    </message>
    <message>
      <source>The client did not answer.</source>
      <translation>客户没有回答。</translation>
    </message>
    <message>
      <source>A promoter: a good moment to talk about referrals.</source>
      <translation>推荐者：谈谈推荐的好时机。</translation>
    </message>
    <message>
      <source>Passive.</source>
      <translation>被动者。</translation>
    </message>
    <message>
      <source>A detractor: ask what would make it better.</source>
      <translation>贬损者：问问怎样才能做得更好。</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>日历</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>所有等级</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>所有分群</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <source>Export to calendar…</source>
      <translation>导出到日历…</translation>
    </message>
    <message>
      <source>Save the booked reviews as an .ics file for Outlook, Google Calendar or Apple Calendar. Importing a newer file updates the events instead of doubling them.</source>
      <translation>将已预约的检视保存为 .ics 文件，供 Outlook、Google 日历或 Apple 日历使用。导入较新的文件会更新事件，而不会重复添加。</translation>
    </message>
    <message>
      <source>Due in the</source>
      <translation>未来</translation>
    </message>
    <message>
      <source>Open client</source>
      <translation>打开客户</translation>
    </message>
    <message>
      <source>Record a review…</source>
      <translation>记录检视…</translation>
    </message>
    <message>
      <source>Schedule…</source>
      <translation>安排…</translation>
    </message>
    <message>
      <source>Not yet recorded, and the coming</source>
      <translation>尚未记录的，以及接下来</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> 周</translation>
    </message>
    <message>
      <source>Cancel review…</source>
      <translation>取消检视…</translation>
    </message>
    <message>
      <source>Move…</source>
      <translation>改期…</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>完成…</translation>
    </message>
    <message>
      <source>Where a client's record points to another segment than the one you chose: latest NPS, reviews in the last 12 months against the cadence, a written plan and referrals given. Accept to change the segment, or leave it as it is.</source>
      <translation>当客户的记录指向与您所选不同的分群时：最近一次 NPS、过去 12 个月的检视与频率对比、书面计划以及所做推荐。接受即更改分群，也可保持不变。</translation>
    </message>
    <message>
      <source>Accept selected</source>
      <translation>接受所选</translation>
    </message>
    <message>
      <source>Overdue ({0})</source>
      <translation>逾期（{0}）</translation>
    </message>
    <message>
      <source>Due soon ({0})</source>
      <translation>即将到期（{0}）</translation>
    </message>
    <message>
      <source>Booked ({0})</source>
      <translation>已预约（{0}）</translation>
    </message>
    <message>
      <source>Suggested segments ({0})</source>
      <translation>建议的分群（{0}）</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在载入…</translation>
    </message>
    <message>
      <source>Select a row first.</source>
      <translation>请先选择一行。</translation>
    </message>
    <message>
      <source>Pick a review in the day's list first.</source>
      <translation>请先在当天列表中选择一次检视。</translation>
    </message>
    <message>
      <source>Select the suggestions to accept first.</source>
      <translation>请先选择要接受的建议。</translation>
    </message>
    <message>
      <source>Cancel export</source>
      <translation>取消导出</translation>
    </message>
    <message>
      <source>How many portfolio reviews a year each service tier gets. A client's own "reviews a year" (on their record) takes precedence over the tier.</source>
      <translation>每个服务等级每年的投资组合检视次数。客户本人记录中的“每年检视次数”优先于等级设定。</translation>
    </message>
    <message>
      <source> a year</source>
      <translation> 次/年</translation>
    </message>
    <message>
      <source>Tier {0}:</source>
      <translation>{0} 级：</translation>
    </message>
    <message>
      <source>Cadences that divide the year (1, 2, 3, 4, 6, 12) count calendar months; others count days (5 a year: every 73 days).</source>
      <translation>能整除一年的频率（1、2、3、4、6、12）按自然月计算；其他按天计算（每年 5 次：每 73 天一次）。</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>面对面</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>视频通话</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>电话</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>&amp;Audit log…</source>
      <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Verify audit trail…</source>
      <translation>验证审计轨迹(&amp;V)…</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
      <source>Backups and &amp;lock…</source>
      <translation>备份与锁定(&amp;L)…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
      <source>Remove &amp;encryption…</source>
      <translation>取消加密(&amp;E)…</translation>
    </message>
    <message>
      <source>Loc&amp;k now</source>
      <translation>立即锁定(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Encrypt this book…</source>
      <translation>加密此客户簿(&amp;E)…</translation>
    </message>
    <message>
      <source>The book at {0} is damaged: {1}. Work saved from now on may be lost. Restore a backup now?</source>
      <translation>位于 {0} 的客户簿已损坏：{1}。从现在起保存的工作可能会丢失。要立即恢复备份吗？</translation>
    </message>
    <message>
      <source>The automatic backup failed: {0}</source>
      <translation>自动备份失败：{0}</translation>
    </message>
    <message>
      <source>History of contact {0}</source>
      <translation>联系人 {0} 的历史记录</translation>
    </message>
    <message>
      <source>Back up the book</source>
      <translation>备份客户簿</translation>
    </message>
    <message>
      <source>Books (*.sqlite3)</source>
      <translation>客户簿 (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backed up the book to {0}.</source>
      <translation>已将客户簿备份到 {0}。</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>选择要恢复的备份</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>客户簿 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Put {0} in place of the open book? The book as it is now is kept beside it under a new name; the app closes the book and opens the backup.</source>
      <translation>用 {0} 取代当前打开的客户簿吗？当前的客户簿会以新名称保留在旁边；应用将关闭客户簿并打开该备份。</translation>
    </message>
    <message>
      <source>Encrypt this book</source>
      <translation>加密此客户簿</translation>
    </message>
    <message>
      <source>Choose a passphrase. Without it nobody, you included, can open the book or its backups: keep it somewhere safe. The unencrypted file is overwritten and deleted unless you keep a copy below.</source>
      <translation>请选择一个密码短语。没有它，任何人（包括您）都无法打开客户簿或其备份：请妥善保管。未加密的文件将被覆盖并删除，除非您在下方选择保留副本。</translation>
    </message>
    <message>
      <source>&amp;Keep an unencrypted copy beside the book</source>
      <translation>在客户簿旁保留未加密的副本(&amp;K)</translation>
    </message>
    <message>
      <source>Encrypting the book…</source>
      <translation>正在加密客户簿…</translation>
    </message>
    <message>
      <source>Enter the current passphrase.</source>
      <translation>请输入当前的密码短语。</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>更改密码短语</translation>
    </message>
    <message>
      <source>Backups made before the change keep the old passphrase.</source>
      <translation>更改前创建的备份仍使用旧密码短语。</translation>
    </message>
    <message>
      <source>The book now opens with the new passphrase.</source>
      <translation>现在客户簿需要用新密码短语打开。</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>正在更改密码短语…</translation>
    </message>
    <message>
      <source>Removing the encryption leaves the book readable by anyone who can read the file. Enter the passphrase to go on.</source>
      <translation>取消加密后，任何能读取该文件的人都能读取客户簿。请输入密码短语以继续。</translation>
    </message>
    <message>
      <source>Removing the encryption…</source>
      <translation>正在取消加密…</translation>
    </message>
  </context>
  <context>
    <name>SafetySettings</name>
    <message>
      <source>Backups and lock</source>
      <translation>备份与锁定</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>选择(&amp;C)…</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> 周</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从不</translation>
    </message>
    <message>
      <source>Backup &amp;folder:</source>
      <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
      <source>Keep the last backup of each of the last</source>
      <translation>保留最近每一天的最后一份备份，共</translation>
    </message>
    <message>
      <source>and of each of the last</source>
      <translation>以及最近每一周的，共</translation>
    </message>
    <message>
      <source>&amp;Lock an encrypted book after</source>
      <translation>加密客户簿在闲置多久后锁定(&amp;L)</translation>
    </message>
    <message>
      <source>A backup is made when you close the app and once a day while it is open.</source>
      <translation>关闭应用时以及应用打开期间每天都会备份一次。</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source>Engaged</source>
      <translation>积极投入</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>安于现状</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>不满</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>{0} (read-only)</source>
      <translation>{0}（只读）</translation>
    </message>
    <message>
      <source>Read-only: you can look, export and print; changes cannot be saved</source>
      <translation>只读：可以查看、导出和打印，但无法保存更改</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Kits in another language print the wording given here; a default kind left as it is prints the wording the app ships.</source>
      <translation>其他语言的手册会打印此处填写的文字；保持原样的默认类型会打印应用自带的文字。</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Talking point (printed in the kit)</source>
      <translation>谈话要点（印在手册中）</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>使用中</translation>
    </message>
    <message>
      <source>Add a kind</source>
      <translation>添加类型</translation>
    </message>
    <message>
      <source>Delete kind</source>
      <translation>删除类型</translation>
    </message>
    <message>
      <source>A kind that logged triggers use cannot be deleted: clear Active to retire it. It stays on those triggers and is no longer offered for new ones.</source>
      <translation>已被记录的契机使用的类型无法删除：取消勾选“启用”即可停用。它仍保留在这些契机上，但不再供新契机选择。</translation>
    </message>
    <message>
      <source>Placeholders: {0}</source>
      <translation>占位符：{0}</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Conversation triggers to listen for</source>
      <translation>需要留意的谈话契机</translation>
    </message>
    <message>
      <source>Wording for kits in:</source>
      <translation>手册文字的语言：</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>感谢信</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>主题：</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>正文：</translation>
    </message>
    <message>
      <source>Preview:</source>
      <translation>预览：</translation>
    </message>
    <message>
      <source>Ask list</source>
      <translation>请求名单</translation>
    </message>
    <message>
      <source>Ask a client again after:</source>
      <translation>再次向客户请求推荐的间隔：</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>推荐</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>In use: retire it instead (clear Active)</source>
      <translation>使用中：请改为停用（取消勾选“启用”）</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Fix the fields marked in red first.</source>
      <translation>请先修正标为红色的字段。</translation>
    </message>
    <message>
      <source>Referral kits and quarterly reports print these details.</source>
      <translation>推荐手册和季度报告会打印这些信息。</translation>
    </message>
    <message>
      <source>As the system is set</source>
      <translation>跟随系统设置</translation>
    </message>
    <message>
      <source>The app shows its menus, pages and messages in this language from the next time it starts. A client's kit is written in the client's own language (see the contact's Kit language).</source>
      <translation>应用将从下次启动起以此语言显示菜单、页面和消息。客户的推荐手册使用客户本人的语言（见联系人的“手册语言”）。</translation>
    </message>
    <message>
      <source>Language of the app:</source>
      <translation>应用语言：</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>个人资料</translation>
    </message>
    <message>
      <source>Kit Branding</source>
      <translation>手册品牌</translation>
    </message>
    <message>
      <source>Review Cadence</source>
      <translation>检视频率</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>The book open in this window</source>
      <translation>此窗口中打开的客户簿</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>%Ln 位联系人</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Portfolio review (NPS {0})</source>
      <translation>投资组合检视（NPS {0}）</translation>
    </message>
    <message>
      <source>Portfolio review</source>
      <translation>投资组合检视</translation>
    </message>
    <message>
      <source>Portfolio review scheduled</source>
      <translation>已安排投资组合检视</translation>
    </message>
    <message>
      <source>Portfolio review cancelled</source>
      <translation>投资组合检视已取消</translation>
    </message>
    <message>
      <source>Portfolio review missed</source>
      <translation>投资组合检视未进行</translation>
    </message>
    <message>
      <source>Trigger: {0}</source>
      <translation>契机：{0}</translation>
    </message>
    <message>
      <source>Referred {0}</source>
      <translation>推荐了 {0}</translation>
    </message>
    <message>
      <source>Referred by {0}</source>
      <translation>由 {0} 推荐</translation>
    </message>
    <message>
      <source>Referral kit generated</source>
      <translation>已生成推荐手册</translation>
    </message>
    <message>
      <source>Introduced to {0}</source>
      <translation>被介绍给 {0}</translation>
    </message>
    <message>
      <source>You introduced {0}</source>
      <translation>您介绍了 {0}</translation>
    </message>
    <message>
      <source>Became a client</source>
      <translation>成为客户</translation>
    </message>
    <message>
      <source>Added to the book</source>
      <translation>加入客户簿</translation>
    </message>
    <message>
      <source>referral conversation held</source>
      <translation>谈到了推荐</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page</source>
      <comment>%Ln pages</comment>
      <translation>
        <numerusform>%Ln 页</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>潜在客户</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>影响力人士</translation>
    </message>
    <message>
      <source>Reviews overdue</source>
      <translation>逾期检视</translation>
    </message>
    <message>
      <source>Your Book</source>
      <translation>您的客户簿</translation>
    </message>
    <message>
      <source>No contacts yet.</source>
      <translation>还没有联系人。</translation>
    </message>
    <message>
      <source>Recently Added</source>
      <translation>最近添加</translation>
    </message>
    <message>
      <source>Nothing here today.</source>
      <translation>今天没有待办事项。</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>……另有 {0} 项</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Contacted today</source>
      <translation>今天已联系</translation>
    </message>
    <message>
      <source>Referrals waiting for a first contact</source>
      <translation>等待首次联系的推荐</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>被推荐人</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>推荐人</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>跟进期限</translation>
    </message>
    <message>
      <source>Every new referral has been contacted.</source>
      <translation>所有新推荐都已联系。</translation>
    </message>
    <message>
      <source>Overdue follow-ups</source>
      <translation>逾期的跟进</translation>
    </message>
    <message>
      <source>Was due</source>
      <translation>原定日期</translation>
    </message>
    <message>
      <source>{0} ({1} days late)</source>
      <translation>{0}（逾期 {1} 天）</translation>
    </message>
    <message>
      <source>No referral has waited more than two days.</source>
      <translation>没有推荐等待超过两天。</translation>
    </message>
    <message>
      <source>Thank-yous owed</source>
      <translation>待致谢</translation>
    </message>
    <message>
      <source>Thank</source>
      <translation>致谢对象</translation>
    </message>
    <message>
      <source>For referring</source>
      <translation>推荐了</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>致谢</translation>
    </message>
    <message>
      <source>Everyone who referred lately has been thanked.</source>
      <translation>最近所有推荐人都已致谢。</translation>
    </message>
    <message>
      <source>Compensated referrals missing a disclosure</source>
      <translation>缺少披露的有偿推荐</translation>
    </message>
    <message>
      <source>Promoter</source>
      <translation>推广人</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>报酬</translation>
    </message>
    <message>
      <source>Record the disclosure…</source>
      <translation>记录披露…</translation>
    </message>
    <message>
      <source>Every compensated referral has its disclosure.</source>
      <translation>所有有偿推荐都已提供披露。</translation>
    </message>
    <message>
      <source>Engaged, tier A client</source>
      <translation>积极投入的 A 级客户</translation>
    </message>
    <message>
      <source>Engaged client</source>
      <translation>积极投入的客户</translation>
    </message>
    <message>
      <source>Tier A client</source>
      <translation>A 级客户</translation>
    </message>
    <message>
      <source>Gave {0} at the review on {1}</source>
      <translation>在 {1} 的检视中给出 {0} 分</translation>
    </message>
    <message>
      <source>{0} on {1}</source>
      <translation>{1}：{0}</translation>
    </message>
    <message>
      <source>Never had a referral conversation</source>
      <translation>从未谈过推荐</translation>
    </message>
    <message>
      <source>No referral conversation in {0} days (last on {1})</source>
      <translation>已 {0} 天没有谈过推荐（上次在 {1}）</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>Who to ask for a referral</source>
      <translation>可以请谁推荐</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Why now</source>
      <translation>为何是现在</translation>
    </message>
    <message>
      <source>Log the conversation…</source>
      <translation>记录这次谈话…</translation>
    </message>
    <message>
      <source>Nobody right now: the list fills after positive reviews and life events.</source>
      <translation>目前没有：在正面的检视和人生大事之后，名单会逐渐充实。</translation>
    </message>
    <message>
      <source>Reviews this week</source>
      <translation>本周的检视</translation>
    </message>
    <message>
      <source>{0} — due {1}, not booked</source>
      <translation>{0} — {1} 到期，尚未预约</translation>
    </message>
    <message>
      <source>Overdue reviews</source>
      <translation>逾期检视</translation>
    </message>
    <message>
      <source>, booked for {0}</source>
      <translation>，预约于 {0}</translation>
    </message>
  </context>
  <context>
    <name>TodayKpis</name>
    <message>
      <source>Referrals received</source>
      <translation>收到的推荐</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>转化率</translation>
    </message>
    <message>
      <source>Net Promoter Score</source>
      <translation>净推荐值</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>过去 12 个月有推荐的客户</translation>
    </message>
    <message>
      <source>This quarter so far</source>
      <translation>本季度截至目前</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; to date</source>
      <translation>截至今日 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{0} intended introductions</source>
      <translation>{0} 个有意推荐</translation>
    </message>
    <message>
      <source>{0} converted</source>
      <translation>已转化 {0} 个</translation>
    </message>
    <message>
      <source>{0} responses</source>
      <translation>{0} 份回答</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>行业基准 {0}</translation>
    </message>
  </context>
  <context>
    <name>Triggers</name>
    <message>
      <source>Edit trigger</source>
      <translation>编辑契机</translation>
    </message>
    <message>
      <source>Log a trigger</source>
      <translation>记录契机</translation>
    </message>
    <message>
      <source>What happened, in their words</source>
      <translation>发生了什么（用对方的原话）</translation>
    </message>
    <message>
      <source>We talked about referrals</source>
      <translation>我们谈到了推荐</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;What happened:</source>
      <translation>发生了什么(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>时间(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>{0} (retired)</source>
      <translation>{0}（已停用）</translation>
    </message>
    <message>
      <source>Choose the contact from the list that appears as you type.</source>
      <translation>请从输入时出现的列表中选择联系人。</translation>
    </message>
    <message>
      <source>Choose what happened.</source>
      <translation>请选择发生了什么。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>{0} referral(s)</source>
      <translation>{0} 个推荐</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>发生了什么</translation>
    </message>
    <message>
      <source>Talked about referrals</source>
      <translation>谈到推荐</translation>
    </message>
    <message>
      <source>Referral followed</source>
      <translation>随后有推荐</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>所有类型</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>With or without a referral</source>
      <translation>不论有无推荐</translation>
    </message>
    <message>
      <source>A referral followed</source>
      <translation>随后有推荐</translation>
    </message>
    <message>
      <source>No referral yet</source>
      <translation>尚无推荐</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>记录契机…</translation>
    </message>
    <message>
      <source>Ctrl+T from anywhere</source>
      <translation>在任何位置按 Ctrl+T</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Record a referral from it…</source>
      <translation>由此记录推荐…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>{0} triggers</source>
      <translation>{0} 个契机</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Add {0}</source>
      <translation>添加 {0}</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>编辑 {0}</translation>
    </message>
    <message>
      <source>Archive {0}</source>
      <translation>归档 {0}</translation>
    </message>
    <message>
      <source>Restore {0}</source>
      <translation>恢复 {0}</translation>
    </message>
    <message>
      <source>Rename household {0} to {1}</source>
      <translation>将家庭 {0} 重命名为 {1}</translation>
    </message>
    <message>
      <source>Merge {0} into {1}</source>
      <translation>将 {0} 合并到 {1}</translation>
    </message>
    <message numerus="yes">
      <source>Archive %Ln contact</source>
      <comment>Archive %Ln contacts</comment>
      <translation>
        <numerusform>归档 %Ln 位联系人</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore %Ln contact</source>
      <comment>Restore %Ln contacts</comment>
      <translation>
        <numerusform>恢复 %Ln 位联系人</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <source>Welcome to Advisor Referrals</source>
      <translation>欢迎使用 Advisor Referrals</translation>
    </message>
    <message>
      <source>Your client book is empty. How would you like to start?</source>
      <translation>您的客户簿还是空的。想从哪里开始？</translation>
    </message>
    <message>
      <source>Start an empty book</source>
      <translation>从空白客户簿开始</translation>
    </message>
    <message>
      <source>Add your clients one by one, or import them later.</source>
      <translation>逐一添加客户，或稍后再导入。</translation>
    </message>
    <message>
      <source>Open a demo book</source>
      <translation>打开演示客户簿</translation>
    </message>
    <message>
      <source>250 made-up clients with referrals, triggers and reviews to explore.</source>
      <translation>250 位虚构客户，附有推荐、契机和检视，供您体验。</translation>
    </message>
    <message>
      <source>Import contacts from CSV</source>
      <translation>从 CSV 导入联系人</translation>
    </message>
    <message>
      <source>Bring your clients over from a spreadsheet or another CRM.</source>
      <translation>从电子表格或其他 CRM 迁移您的客户。</translation>
    </message>
    <message>
      <source>About you</source>
      <translation>关于您</translation>
    </message>
    <message>
      <source>Printed on referral kits and reports. You can change it in Settings.</source>
      <translation>会印在推荐手册和报告上。您可以在“设置”中修改。</translation>
    </message>
    <message>
      <source>Filling the demo book…</source>
      <translation>正在填充演示客户簿…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Demo Book</source>
      <translation>演示客户簿</translation>
    </message>
  </context>
</TS>