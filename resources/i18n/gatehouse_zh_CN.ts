<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionState</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Running on the provider</source>
        <translation>提供商处理中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Succeeded with warnings</source>
        <translation>成功（有警告）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outcome unknown, checking</source>
        <translation>结果未知，核实中</translation>
    </message>
    <message>
        <source>Done (confirmed by read-back)</source>
        <translation>已完成（回读确认）</translation>
    </message>
    <message>
        <source>Not applied (confirmed by read-back)</source>
        <translation>未生效（回读确认）</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a toolbar button, its shortcut in brackets: &quot;Disable (Ctrl+D)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <source>Missing rights</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>超出速率限制</translation>
    </message>
    <message>
        <source>Rejected request</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation>提供商错误</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The provider sent an empty response where data was expected.</source>
        <translation>提供商在应返回数据时发送了空响应。</translation>
    </message>
    <message>
        <source>The provider, or a proxy in between, sent an HTML page instead of data.</source>
        <translation>提供商（或中间的代理）返回了 HTML 页面，而不是数据。</translation>
    </message>
    <message>
        <source>The provider sent &apos;%1&apos; instead of JSON data.</source>
        <translation>提供商返回的内容类型为“%1”，而不是 JSON 数据。</translation>
    </message>
    <message>
        <source>The provider&apos;s response is not valid JSON (%1); it may have been cut off.</source>
        <translation>提供商的响应不是有效的 JSON（%1），可能已被截断。</translation>
    </message>
    <message>
        <source>The provider sent a JSON list where an object was expected.</source>
        <translation>提供商返回了 JSON 数组，但此处应为对象。</translation>
    </message>
    <message>
        <source>The provider sent a JSON object where a list was expected.</source>
        <translation>提供商返回了 JSON 对象，但此处应为数组。</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>提供商返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>HTTP %1 without the provider&apos;s error details: %2</source>
        <translation>HTTP %1，提供商未给出错误详情：%2</translation>
    </message>
    <message>
        <source>No credential store.</source>
        <translation>没有凭据存储。</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos;: %2</source>
        <translation>配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>Huawei&apos;s user list has no &apos;users&apos; array.</source>
        <translation>华为云的用户列表中没有“users”数组。</translation>
    </message>
    <message>
        <source>External IdP (SCIM)</source>
        <translation>外部 IdP (SCIM)</translation>
    </message>
    <message>
        <source>Identity Center directory</source>
        <translation>IAM 身份中心目录</translation>
    </message>
    <message>
        <source>Authorization details for Huawei support: %1</source>
        <translation>供华为云技术支持使用的授权详情：%1</translation>
    </message>
    <message>
        <source>%1 Check the AK/SK and that this computer&apos;s clock is right (signatures expire after 15 minutes).</source>
        <translation>%1 请检查 AK/SK，并确认本机时钟准确（签名 15 分钟后失效）。</translation>
    </message>
    <message>
        <source>SailPoint accepted the request but sent no task id.</source>
        <translation>SailPoint 已接受请求，但未返回任务 ID。</translation>
    </message>
    <message>
        <source>The task ended with %1.</source>
        <translation>任务以 %1 状态结束。</translation>
    </message>
    <message>
        <source>The access token expired (%1).</source>
        <translation>访问令牌已过期（%1）。</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>路径 %1</translation>
    </message>
    <message>
        <source>server time %1</source>
        <translation>服务器时间 %1</translation>
    </message>
    <message>
        <source>answered at %1 UTC</source>
        <translation>响应时间 %1 UTC</translation>
    </message>
    <message>
        <source>%1 RSA refuses to enable a user who is pending deletion or was disabled by identity-source synchronization: fix it in the identity source or un-mark the deletion.</source>
        <translation>%1 RSA 不允许启用待删除的用户或因身份源同步而被禁用的用户：请在身份源中修正，或取消删除标记。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the error&apos;s title, %2 where it came from: &quot;Missing rights (HTTP 403, IIC.1000)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the error&apos;s title (and where it came from), %2 the provider&apos;s or Gatehouse&apos;s message: &quot;Missing rights (HTTP 403): No permission for action&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 [request id %2]</source>
        <extracomment>%1 is the whole error line, %2 the provider&apos;s request id (to quote to its support)</extracomment>
        <translation>%1 [请求 ID %2]</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Cannot write the audit anchor %1: %2</source>
        <translation>无法写入审计锚点 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the audit anchor %1: %2</source>
        <translation>无法读取审计锚点 %1：%2</translation>
    </message>
    <message>
        <source>The audit anchor %1 is damaged.</source>
        <translation>审计锚点 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>Cannot write the audit export: %1</source>
        <translation>无法写入审计导出文件：%1</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 was deleted.</source>
        <translation>条目 %1 已被删除。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were deleted.</source>
        <translation>条目 %1 至 %2 已被删除。</translation>
    </message>
    <message>
        <source>The entry written as %1 was deleted and the entries after it were renumbered.</source>
        <translation>原编号为 %1 的条目已被删除，其后的条目被重新编号。</translation>
    </message>
    <message>
        <source>Entry %1 was edited: its content no longer matches its hash.</source>
        <translation>条目 %1 已被修改：其内容与哈希值不再匹配。</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: it fits nowhere in the chain.</source>
        <translation>条目 %1 为插入的条目：它在哈希链中没有对应位置。</translation>
    </message>
    <message>
        <source>Entry %1 was replaced: its content and hash changed, and entry %2 no longer follows it.</source>
        <translation>条目 %1 已被替换：其内容和哈希值均已改变，条目 %2 不再接在它之后。</translation>
    </message>
    <message>
        <source>Entry %1 was written after entry %2 but now follows entry %3.</source>
        <translation>条目 %1 原本写在条目 %2 之后，现在却位于条目 %3 之后。</translation>
    </message>
    <message>
        <source>Entry %1 was inserted and the entries after it were renumbered.</source>
        <translation>条目 %1 为插入的条目，其后的条目被重新编号。</translation>
    </message>
    <message>
        <source>The audit anchor %1 is missing: entries cut off the end or appended cannot be ruled out.</source>
        <translation>缺少审计锚点 %1：无法排除末尾条目被截掉或被追加的可能。</translation>
    </message>
    <message>
        <source>Entry %1 was inserted after the last entry Gatehouse wrote (%2).</source>
        <translation>条目 %1 是在 Gatehouse 写入的最后一个条目（%2）之后插入的。</translation>
    </message>
    <message>
        <source>Entry %1, the last one, was deleted.</source>
        <translation>最后一个条目 %1 已被删除。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were cut off the end.</source>
        <translation>末尾的条目 %1 至 %2 已被截掉。</translation>
    </message>
    <message>
        <source>Entry %1, the last one, was replaced: it is not the entry Gatehouse wrote.</source>
        <translation>最后一个条目 %1 已被替换：它不是 Gatehouse 写入的条目。</translation>
    </message>
    <message>
        <source>Entry %1 was moved: it was written as entry %2.</source>
        <translation>条目 %1 已被移动：它原本写入为条目 %2。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were moved: they were written as entries %3 to %4.</source>
        <translation>条目 %1 至 %2 已被移动：它们原本写入为条目 %3 至 %4。</translation>
    </message>
    <message>
        <source>Action %1 is %2 but has no audit entry.</source>
        <translation>操作 %1 的状态为 %2，但没有审计条目。</translation>
    </message>
    <message>
        <source>Action %1 is %2 but its audit trail ends in %3.</source>
        <translation>操作 %1 的状态为 %2，但其审计记录止于 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from %1 to %2 were inserted after the last entry Gatehouse wrote (%3).</source>
        <translation>
            <numerusform>在 Gatehouse 写入的最后一个条目（%3）之后插入了 %n 个条目（%1 至 %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: %1</source>
        <extracomment>%1 is the command line synopsis, shown as it is</extracomment>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>Heading of the list of commands in --help</extracomment>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>Heading of the list of options in --help</extracomment>
        <translation>选项：</translation>
    </message>
    <message>
        <source>keep profiles, journal and settings in DIR</source>
        <extracomment>--help: what the option --config-dir DIR does</extracomment>
        <translation>将配置文件、操作日志和设置保存在 DIR 中</translation>
    </message>
    <message>
        <source>a request without an answer for this long times out (default 15)</source>
        <extracomment>--help: what the option --timeout SECONDS does</extracomment>
        <translation>请求超过该秒数仍无响应即视为超时（默认 15）</translation>
    </message>
    <message>
        <source>print the version</source>
        <extracomment>--help: what the option --version does</extracomment>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>print this help</source>
        <extracomment>--help: what the option --help does</extracomment>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>Secrets come from the OS keychain; for automation, %1 supplies the secret of the
profile in use for one run. Exit codes: 0 success, 1 provider or action failure, 2 usage error.</source>
        <extracomment>Last paragraph of --help; %1 is an environment variable&apos;s name. Break lines before 100 columns.</extracomment>
        <translation>凭据来自操作系统的钥匙串；自动化运行时，可通过 %1 为本次运行所用的配置文件提供凭据。
退出代码：0 成功，1 提供商或操作失败，2 用法错误。</translation>
    </message>
    <message>
        <source>usage error: --timeout needs a number of seconds</source>
        <translation>用法错误：--timeout 需要一个秒数</translation>
    </message>
    <message>
        <source>usage error: unknown option %1</source>
        <extracomment>%1 is the option given</extracomment>
        <translation>用法错误：未知选项 %1</translation>
    </message>
    <message>
        <source>usage error: unknown command &apos;%1&apos;</source>
        <extracomment>%1 is the command word given</extracomment>
        <translation>用法错误：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Connected and authenticated.</source>
        <translation>已连接并通过身份验证。</translation>
    </message>
    <message>
        <source>DNS failure: %1</source>
        <translation>DNS 解析失败：%1</translation>
    </message>
    <message>
        <source>Connection refused: %1</source>
        <translation>连接被拒绝：%1</translation>
    </message>
    <message>
        <source>Proxy problem: %1</source>
        <translation>代理问题：%1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>TLS error (certificate or handshake): %1</source>
        <translation>TLS 错误（证书或握手）：%1</translation>
    </message>
    <message>
        <source>Bad credentials (HTTP 401): %1</source>
        <translation>凭据无效（HTTP 401）：%1</translation>
    </message>
    <message>
        <source>Authenticated, but missing rights (HTTP 403): %1</source>
        <translation>身份验证已通过，但权限不足（HTTP 403）：%1</translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation>未及时响应：%1</translation>
    </message>
    <message>
        <source>Configuration problem: %1</source>
        <translation>配置问题：%1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AboutDialog</name>
    <message>
        <source>About Gatehouse</source>
        <translation>关于 Gatehouse</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Enable and disable users on SailPoint Identity Security Cloud, Huawei Cloud IAM Identity Center and RSA SecurID Cloud Administration, with every action journaled.</source>
        <translation>在 SailPoint Identity Security Cloud、华为云 IAM 身份中心和 RSA SecurID Cloud Administration 上启用和禁用用户，每项操作均记入操作日志。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2（%3）。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ActionJournal</name>
    <message>
        <source>There is no journal in %1 yet.</source>
        <translation>%1 中还没有操作日志。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Gatehouse (schema %2).</source>
        <translation>操作日志 %1 由更新版本的 Gatehouse 写入（架构版本 %2）。</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>操作日志未打开。</translation>
    </message>
    <message>
        <source>An action cannot start in the state %1.</source>
        <translation>操作不能以 %1 状态开始。</translation>
    </message>
    <message>
        <source>The journal has no action %1.</source>
        <translation>操作日志中没有操作 %1。</translation>
    </message>
    <message>
        <source>Action %1 cannot go from %2 to %3.</source>
        <translation>操作 %1 不能从 %2 变为 %3。</translation>
    </message>
    <message>
        <source>Action %1 is handled by another Gatehouse process.</source>
        <translation>操作 %1 正由另一个 Gatehouse 进程处理。</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <extracomment>%1 is the journal file, %2 SQLite&apos;s message.</extracomment>
        <translation>无法打开操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation>无法升级操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>无法读取操作日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ActionRunner</name>
    <message>
        <source>The profile has no provider.</source>
        <translation>该配置文件未关联提供商。</translation>
    </message>
    <message>
        <source>Cannot mark this Gatehouse process as working on the journal %1.</source>
        <translation>无法将此 Gatehouse 进程标记为正在处理操作日志 %1。</translation>
    </message>
    <message>
        <source>The profile %1 is read-only.</source>
        <translation>配置文件 %1 为只读。</translation>
    </message>
    <message>
        <source>The profile %1 requires a reason or ticket.</source>
        <translation>配置文件 %1 要求填写原因或工单号。</translation>
    </message>
    <message>
        <source>%1 cannot unlock accounts.</source>
        <translation>%1 不能解锁账号。</translation>
    </message>
    <message>
        <source>The profile is not open.</source>
        <translation>配置文件未打开。</translation>
    </message>
    <message>
        <source>There are no users to act on.</source>
        <translation>没有要操作的用户。</translation>
    </message>
    <message>
        <source>Another action on this user is still open.</source>
        <translation>该用户还有另一项操作未完成。</translation>
    </message>
    <message>
        <source>Already in the target state.</source>
        <translation>已处于目标状态。</translation>
    </message>
    <message>
        <source>The batch was cancelled before this was sent.</source>
        <translation>发送此操作前，批次已被取消。</translation>
    </message>
    <message>
        <source>Reading the account back shows the change was applied.</source>
        <translation>回读账号显示更改已生效。</translation>
    </message>
    <message>
        <source>Reading the account back shows the change was not applied.</source>
        <translation>回读账号显示更改未生效。</translation>
    </message>
    <message>
        <source>The change was not applied, also after sending it again.</source>
        <translation>重新发送后，更改仍未生效。</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>没有该批次。</translation>
    </message>
    <message>
        <source>The batch was cancelled.</source>
        <translation>批次已取消。</translation>
    </message>
    <message>
        <source>Retried.</source>
        <translation>已重试。</translation>
    </message>
    <message>
        <source>Interrupted while sending; the state is read back.</source>
        <translation>发送过程中被中断，正在回读状态。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiCall</name>
    <message>
        <source>The request did not complete within %1 s, including waits for the provider&apos;s rate limit.</source>
        <translation>请求未在 %1 秒内完成（包括等待提供商速率限制的时间）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>提供商未在 %1 秒内响应。</translation>
    </message>
    <message numerus="yes">
        <source>The provider kept failing; gave up after %n attempt(s).</source>
        <translation>
            <numerusform>提供商持续出错，尝试 %n 次后已放弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation>无法解析主机名 %1（DNS）。</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there.</source>
        <translation>%1 拒绝连接：该地址上没有服务在监听。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The proxy could not be used: %1</source>
        <translation>无法使用代理：%1</translation>
    </message>
    <message>
        <source>The proxy requires authentication (HTTP 407).</source>
        <translation>代理要求身份验证（HTTP 407）。</translation>
    </message>
    <message>
        <source>Too many redirects from %1.</source>
        <translation>%1 重定向次数过多。</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s.</source>
        <translation>%1 已有 %2 秒没有响应。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole response arrived; the data was cut off.</source>
        <translation>与 %1 的连接在完整响应到达前关闭，数据被截断。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>与 %1 的连接失败：%2</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>提供商返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the provider answered; the change may or may not have been applied.</source>
        <translation>与 %1 的连接在提供商响应前关闭，更改可能已生效，也可能未生效。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ApiClient</name>
    <message>
        <source>The CA bundle %1 could not be read or holds no PEM certificate.</source>
        <translation>无法读取 CA 证书包 %1，或其中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is refused for %1: credentials would travel unencrypted. Use https:// (http:// is only allowed to this computer&apos;s loopback address).</source>
        <translation>%1 不允许使用明文 http://：凭据将以未加密方式传输。请使用 https://（http:// 仅允许用于本机回环地址）。</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;; use https://.</source>
        <translation>不支持的 URL 协议“%1”，请使用 https://。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::AuditCommand</name>
    <message>
        <source>audit %1 takes no arguments.</source>
        <extracomment>%1 is the subcommand (&quot;export&quot;, &quot;verify&quot;)</extracomment>
        <translation>audit %1 不接受参数。</translation>
    </message>
    <message>
        <source>audit needs one of: export, verify.</source>
        <translation>audit 需要以下子命令之一：export、verify。</translation>
    </message>
    <message>
        <source>--format must be csv or json.</source>
        <translation>--format 必须是 csv 或 json。</translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message numerus="yes">
        <source>The journal %1 is gone; the anchor says it held %n entries.</source>
        <extracomment>%1 is the journal file; %n how many entries its audit anchor says it held</extracomment>
        <translation>
            <numerusform>操作日志 %1 已不存在；审计锚点表明其中曾有 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries.</source>
        <translation>
            <numerusform>审计记录完好：共 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries, last entry %1 (%2).</source>
        <extracomment>%n entries were checked; %1 is the last entry&apos;s number, %2 its hash</extracomment>
        <translation>
            <numerusform>审计记录完好：共 %n 个条目，最后一个条目为 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the finding&apos;s kind (&quot;edited&quot;, &quot;deleted&quot;), %2 what was found</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(more problems were not listed)</source>
        <translation>（其余问题未列出）</translation>
    </message>
    <message numerus="yes">
        <source>error: the audit trail was tampered with: %n+ problem(s) in %1 entries.</source>
        <translation>
            <numerusform>错误：审计记录已被篡改：在 %1 个条目中发现 %n 个以上的问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: the audit trail was tampered with: %n problem(s) in %1 entries.</source>
        <translation>
            <numerusform>错误：审计记录已被篡改：在 %1 个条目中发现 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::CliContext</name>
    <message>
        <source>error: %1</source>
        <extracomment>%1 is the error&apos;s one-line summary</extracomment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: %1
       %2</source>
        <extracomment>%1 is the error&apos;s one-line summary, %2 details for the provider&apos;s support, on a second line indented under the summary</extracomment>
        <translation>错误：%1
      %2</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <extracomment>%1 says what is wrong with the command line</extracomment>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Run &apos;gatehouse-cli --help&apos; for the commands.</source>
        <translation>运行“gatehouse-cli --help”查看可用命令。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ConfirmActionDialog</name>
    <message>
        <source>Users the action applies to</source>
        <translation>此操作涉及的用户</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation>原因或工单号(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason or ticket</source>
        <translation>原因或工单号</translation>
    </message>
    <message>
        <source>&amp;Confirm the count:</source>
        <translation>确认数量(&amp;C)：</translation>
    </message>
    <message>
        <source>Number of users, typed to confirm</source>
        <translation>输入用户数量以确认</translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>禁用 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users?</source>
        <translation>
            <numerusform>禁用 %n 个用户？</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable users</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>启用 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users?</source>
        <translation>
            <numerusform>启用 %n 个用户？</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock users</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation>解锁 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n users?</source>
        <translation>
            <numerusform>解锁 %n 个用户？</numerusform>
        </translation>
    </message>
    <message>
        <source>On profile “%1” (%2)</source>
        <extracomment>Which profile an action goes to: &quot;On profile “Acme” (SailPoint Identity Security Cloud)&quot;</extracomment>
        <translation>目标配置文件“%1”（%2）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>SailPoint runs the change as a task; the table shows the new state when the task has finished. Follow it in the task monitor.</source>
        <translation>SailPoint 以任务形式执行更改；任务完成后，表格会显示新状态。可在任务监视器中跟踪进度。</translation>
    </message>
    <message>
        <source>The table shows the new state once the provider has confirmed it.</source>
        <translation>提供商确认后，表格会显示新状态。</translation>
    </message>
    <message>
        <source>Disabled users can no longer sign in.</source>
        <translation>被禁用的用户将无法再登录。</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket (required):</source>
        <translation>原因或工单号（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Ticket number or why, e.g. INC-1234 leaver</source>
        <translation>工单号或原因，例如 INC-1234 员工离职</translation>
    </message>
    <message>
        <source>Optional: ticket number or why</source>
        <translation>可选：工单号或原因</translation>
    </message>
    <message>
        <source>Type %1 to confirm this large batch</source>
        <translation>输入 %1 以确认此大批量操作</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: actions are turned off.</source>
        <translation>配置文件“%1”为只读：已关闭所有操作。</translation>
    </message>
    <message>
        <source>No users are selected.</source>
        <translation>未选择用户。</translation>
    </message>
    <message>
        <source>This profile requires a reason or ticket for every action.</source>
        <translation>此配置文件要求每项操作都填写原因或工单号。</translation>
    </message>
    <message>
        <source>Type the number of users (%1) to confirm a batch this large.</source>
        <translation>请输入用户数量（%1）以确认如此大的批量操作。</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>禁用用户</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>禁用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>启用用户</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>启用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>解锁用户</translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n users</source>
        <translation>
            <numerusform>解锁 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences of a note, one after the other: &quot;The table shows the new state once the provider has confirmed it. Disabled users can no longer sign in.&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::CredentialStore</name>
    <message>
        <source>No %1 is stored for this profile; enter it in the profile settings or set GATEHOUSE_SECRET for this run.</source>
        <extracomment>%1 is a secret such as &quot;Client secret&quot;</extracomment>
        <translation>此配置文件未存储%1；请在配置文件设置中输入，或为本次运行设置 GATEHOUSE_SECRET。</translation>
    </message>
    <message>
        <source>Invalid secret name &quot;%1&quot;.</source>
        <translation>凭据名称“%1”无效。</translation>
    </message>
    <message>
        <source>An empty secret cannot be stored.</source>
        <translation>不能存储空凭据。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::DraftCredentialStore</name>
    <message>
        <source>A draft profile&apos;s secrets are not stored.</source>
        <translation>草稿配置文件的凭据不会被存储。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::EnvCredentialStore</name>
    <message>
        <source>%1 does not give a usable RSA key file: %2</source>
        <extracomment>%1 is the variable name GATEHOUSE_SECRET, %2 what is wrong</extracomment>
        <translation>%1 未提供可用的 RSA 密钥文件：%2</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>没有可用的凭据存储。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message with its request id</source>
        <translation>复制消息及其请求 ID</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <extracomment>The provider&apos;s tracking id of a failed request, for its support desk.</extracomment>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error in plain words: &quot;Missing rights: The caller is not allowed to …&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::HuaweiProvider</name>
    <message>
        <source>Exact user name</source>
        <translation>用户名（精确匹配）</translation>
    </message>
    <message>
        <source>Huawei IAM Identity Center has no unlock operation.</source>
        <translation>华为云 IAM 身份中心不提供解锁操作。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::KeychainCredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Gatehouse keeps secrets only in the keychain: start the keychain service (for example GNOME Keyring or KWallet) or set GATEHOUSE_SECRET for this run.</source>
        <translation>没有可用的系统钥匙串（%1）。Gatehouse 只在钥匙串中保存凭据：请启动钥匙串服务（例如 GNOME Keyring 或 KWallet），或为本次运行设置 GATEHOUSE_SECRET。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>访问系统钥匙串被拒绝（%1）。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret (%1).</source>
        <translation>系统钥匙串无法删除该凭据（%1）。</translation>
    </message>
    <message>
        <source>The system keychain does not support this operation (%1).</source>
        <translation>系统钥匙串不支持此操作（%1）。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged; store the secret again.</source>
        <translation>钥匙串条目 %1 已损坏，请重新存储该凭据。</translation>
    </message>
    <message>
        <source>Part %1 of the keychain entry %2 is missing; store the secret again.</source>
        <translation>钥匙串条目 %2 缺少第 %1 部分，请重新存储该凭据。</translation>
    </message>
    <message>
        <source>The secret is too large to store.</source>
        <translation>凭据过大，无法存储。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Any name</source>
        <translation>任意名称</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <source>Native identity</source>
        <translation>原生标识</translation>
    </message>
    <message>
        <source>Identity name</source>
        <translation>身份名称</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Identity id</source>
        <translation>身份 ID</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in lists: &quot;Jane Doe (jdoe)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理配置文件(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Load All</source>
        <translation>全部加载(&amp;L)</translation>
    </message>
    <message>
        <source>Load every page of the current list (Ctrl+L)</source>
        <translation>加载当前列表的所有页 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>停止加载(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Visible Rows…</source>
        <translation>导出可见行(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the rows shown, as filtered and sorted, to CSV (Ctrl+Shift+E)</source>
        <translation>将当前显示的行按筛选和排序结果导出为 CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>关于 Gatehouse(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>The profile (tenant) to work on</source>
        <translation>要操作的配置文件（租户）</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search the provider</source>
        <translation>在提供商处搜索</translation>
    </message>
    <message>
        <source>Typing filters the loaded users at once; Enter searches the provider (Ctrl+F)</source>
        <translation>输入内容即可筛选已加载的用户；按 Enter 在提供商处搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the provider by</source>
        <translation>提供商搜索字段</translation>
    </message>
    <message>
        <source>What Enter searches at the provider</source>
        <translation>按 Enter 时在提供商处搜索的字段</translation>
    </message>
    <message>
        <source>Show users by state</source>
        <translation>按状态显示用户</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Show all users</source>
        <translation>显示所有用户</translation>
    </message>
    <message>
        <source>Leave the provider search</source>
        <translation>退出提供商搜索</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Task Monitor</source>
        <translation>任务监视器</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Task Monitor</source>
        <translation>任务监视器(&amp;T)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Users loaded</source>
        <translation>已加载的用户</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>An unfinished action from an earlier run was resumed.</source>
        <translation>已继续执行上次运行中 1 项未完成的操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished actions from an earlier run were resumed.</source>
        <translation>
            <numerusform>已继续执行上次运行中 %n 项未完成的操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – Gatehouse (sandbox)</source>
        <extracomment>Window title: &quot;Acme tenant – Gatehouse&quot;</extracomment>
        <translation>%1 – Gatehouse（沙箱）</translation>
    </message>
    <message>
        <source>%1 – Gatehouse</source>
        <translation>%1 – Gatehouse</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No provider sessions are available.</source>
        <translation>没有可用的提供商会话。</translation>
    </message>
    <message>
        <source>Could not open the profile “%1”</source>
        <translation>无法打开配置文件“%1”</translation>
    </message>
    <message>
        <source>Filter the loaded users; Enter searches the provider</source>
        <translation>筛选已加载的用户；按 Enter 在提供商处搜索</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置文件</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Provider search for “%1” (by %2)</source>
        <extracomment>Shown above the table after Enter: Provider search for “jane” (by E-mail)</extracomment>
        <translation>在提供商处搜索“%1”（按%2）</translation>
    </message>
    <message>
        <source>Provider search for “%1”</source>
        <translation>在提供商处搜索“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n users selected.</source>
        <translation>
            <numerusform>已选择 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile “%1” is read-only.</source>
        <translation>配置文件“%1”为只读。</translation>
    </message>
    <message>
        <source>The action was refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>%1: one user queued.</source>
        <translation>%1：已将 1 个用户加入队列。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n users queued.</source>
        <translation>
            <numerusform>%1：已将 %n 个用户加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch finished: %1</source>
        <translation>批次已结束：%1</translation>
    </message>
    <message>
        <source>Gatehouse: a batch finished with failures</source>
        <translation>Gatehouse：批次已结束，部分操作失败</translation>
    </message>
    <message>
        <source>Gatehouse: a batch finished</source>
        <translation>Gatehouse：批次已结束</translation>
    </message>
    <message numerus="yes">
        <source>Task Monitor – %n in progress</source>
        <translation>
            <numerusform>任务监视器 – %n 项进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading users failed</source>
        <translation>加载用户失败</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <extracomment>Status bar: &quot;1,000 of 10,000 loaded&quot;</extracomment>
        <translation>已加载 %1 / %2</translation>
    </message>
    <message>
        <source>%1 loaded, more available</source>
        <translation>已加载 %1，还有更多</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <extracomment>Status bar, filter active: &quot;1,000 of 10,000 loaded · 12 shown&quot;</extracomment>
        <translation> · 显示 %1</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>尚无配置文件</translation>
    </message>
    <message>
        <source>A profile connects Gatehouse to a SailPoint tenant, a Huawei Cloud identity store or an RSA SecurID tenant.
To try Gatehouse without credentials, start it with --sandbox.</source>
        <translation>配置文件用于将 Gatehouse 连接到 SailPoint 租户、华为云身份源或 RSA SecurID 租户。
如需在没有凭据的情况下试用 Gatehouse，请使用 --sandbox 启动。</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>管理配置文件…</translation>
    </message>
    <message>
        <source>Users could not be loaded</source>
        <translation>无法加载用户</translation>
    </message>
    <message>
        <source>The profile could not be opened</source>
        <translation>无法打开配置文件</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <source>This provider cannot list all users. Type an e-mail address or a user name in the search field and press Enter.</source>
        <translation>此提供商无法列出所有用户。请在搜索框中输入邮箱地址或用户名，然后按 Enter。</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <source>No loaded user is in this state</source>
        <translation>已加载的用户中没有处于此状态的用户</translation>
    </message>
    <message>
        <source>No loaded user matches “%1”</source>
        <translation>已加载的用户中没有与“%1”匹配的用户</translation>
    </message>
    <message>
        <source>Press Enter to search the provider for it instead.</source>
        <translation>按 Enter 改为在提供商处搜索。</translation>
    </message>
    <message>
        <source>No user matches “%1” at the provider</source>
        <translation>提供商处没有与“%1”匹配的用户</translation>
    </message>
    <message>
        <source>Check the spelling, or search by another field.</source>
        <translation>请检查拼写，或按其他字段搜索。</translation>
    </message>
    <message>
        <source>No users</source>
        <translation>没有用户</translation>
    </message>
    <message>
        <source>Rate limit: waiting %1 s</source>
        <extracomment>Status bar: requests are held back by the profile&apos;s rate limit</extracomment>
        <translation>速率限制：等待 %1 秒</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>导出可见行</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>One user exported to %1</source>
        <translation>已将 1 个用户导出到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n users exported to %1</source>
        <translation>
            <numerusform>已将 %n 个用户导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A notification shown in the window: its title, then its text, as in &quot;Gatehouse: a batch finished: 3 succeeded&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::OAuth2ClientCredentials</name>
    <message>
        <source>The SailPoint client id or client secret is missing.</source>
        <translation>缺少 SailPoint 客户端 ID 或客户端密钥。</translation>
    </message>
    <message>
        <source>No token endpoint is configured.</source>
        <translation>未配置令牌端点。</translation>
    </message>
    <message>
        <source>SailPoint rejected the client id or client secret (%1).</source>
        <translation>SailPoint 拒绝了客户端 ID 或客户端密钥（%1）。</translation>
    </message>
    <message>
        <source>SailPoint&apos;s token response has no access_token or expires_in.</source>
        <translation>SailPoint 的令牌响应中缺少 access_token 或 expires_in。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProfileListModel</name>
    <message>
        <source>Read-only: actions are disabled</source>
        <translation>只读：已关闭操作</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProfileStore</name>
    <message>
        <source>%1 cannot be read; fix or remove it.</source>
        <translation>无法读取 %1，请修复或删除该文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Gatehouse (profile schema %2, this version knows %3); profiles cannot be changed here.</source>
        <translation>%1 由更新版本的 Gatehouse 写入（配置文件架构版本 %2，此版本仅支持 %3），因此无法在此修改配置文件。</translation>
    </message>
    <message>
        <source>%1 needs an update to the current format but cannot be written: %2</source>
        <translation>%1 需要升级到当前格式，但无法写入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 (access denied).</source>
        <translation>无法写入 %1（访问被拒绝）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>A profile with id %1 already exists.</source>
        <translation>ID 为 %1 的配置文件已存在。</translation>
    </message>
    <message>
        <source>There is no profile with id %1.</source>
        <translation>没有 ID 为 %1 的配置文件。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile</extracomment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProfilesCommand</name>
    <message>
        <source>profiles needs one of: list, show, add, remove, test.</source>
        <translation>profiles 需要以下子命令之一：list、show、add、remove、test。</translation>
    </message>
    <message>
        <source>bad --format</source>
        <translation>--format 无效</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>column header</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <comment>column header</comment>
        <translation>提供商</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <comment>column header</comment>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>RATE</source>
        <comment>column header</comment>
        <extracomment>Column header of `profiles list`: the profile&apos;s rate limit (&quot;100/10&quot;)</extracomment>
        <translation>速率</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <comment>column header</comment>
        <extracomment>Column header of `profiles list`: &quot;read-only&quot;, &quot;require-reason&quot;</extracomment>
        <translation>标记</translation>
    </message>
    <message>
        <source>FIELD</source>
        <comment>column header</comment>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <comment>column header</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>--provider must be sailpoint, huawei or rsa.</source>
        <translation>--provider 必须是 sailpoint、huawei 或 rsa。</translation>
    </message>
    <message>
        <source>--rate must look like 100/10.</source>
        <translation>--rate 的格式应类似 100/10。</translation>
    </message>
    <message>
        <source>stdin cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Added profile &apos;%1&apos; (%2, id %3).</source>
        <extracomment>%1 is the profile&apos;s name, %2 its provider (&quot;sailpoint&quot;, &quot;huawei&quot;, &quot;rsa&quot;), %3 its id</extracomment>
        <translation>已添加配置文件“%1”（%2，ID %3）。</translation>
    </message>
    <message>
        <source>note: no secret stored; store one in the keychain with --secret-stdin, or give it at each run in %1.</source>
        <extracomment>%1 is the environment variable that can hold the secret</extracomment>
        <translation>注意：未存储凭据；可使用 --secret-stdin 将其存入钥匙串，或在每次运行时通过 %1 提供。</translation>
    </message>
    <message>
        <source>warning: the %1 was not stored: %2
         give it at each run in %3.</source>
        <extracomment>%1 names the secret (&quot;client secret&quot;), %2 is the keychain&apos;s error, %3 the environment variable that can hold the secret instead. The second line is indented under the first one&apos;s text.</extracomment>
        <translation>警告：未能存储%1：%2
      请在每次运行时通过 %3 提供。</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos;.</source>
        <translation>已删除配置文件“%1”。</translation>
    </message>
    <message>
        <source>warning: its secrets could not all be deleted from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s error</extracomment>
        <translation>警告：未能从钥匙串中删除其全部凭据：%1</translation>
    </message>
    <message>
        <source>Testing &apos;%1&apos; (%2)...</source>
        <translation>正在测试“%1”（%2）…</translation>
    </message>
    <message>
        <source>Testing &apos;%1&apos; (%2, %3)...</source>
        <translation>正在测试“%1”（%2，%3）…</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <extracomment>%1 says the connection works, %2 how long the test took in milliseconds</extracomment>
        <translation>%1（%2 毫秒）</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>添加配置文件</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>为所选配置文件创建副本</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>删除所选配置文件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API URL(&amp;U)：</translation>
    </message>
    <message>
        <source>SailPoint API URL</source>
        <translation>SailPoint API URL</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth 客户端 ID</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth 客户端密钥</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Huawei Cloud region</source>
        <translation>华为云区域</translation>
    </message>
    <message>
        <source>API U&amp;RL:</source>
        <translation>API URL(&amp;R)：</translation>
    </message>
    <message>
        <source>Identity Center API URL (optional)</source>
        <translation>身份中心 API URL（可选）</translation>
    </message>
    <message>
        <source>Identity &amp;store ID:</source>
        <translation>身份源 ID(&amp;S)：</translation>
    </message>
    <message>
        <source>Identity store ID</source>
        <translation>身份源 ID</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 ID（AK）(&amp;A)：</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret &amp;key (SK):</source>
        <translation>秘密访问密钥（SK）(&amp;K)：</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>&amp;Temporary credentials (AK/SK with a security token)</source>
        <translation>临时安全凭据（AK/SK 加安全令牌）(&amp;T)</translation>
    </message>
    <message>
        <source>Security t&amp;oken:</source>
        <translation>安全令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation>导入密钥文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the administration API key file</source>
        <translation>导入管理 API 密钥文件</translation>
    </message>
    <message>
        <source>Cloud Administration API URL (optional)</source>
        <translation>Cloud Administration API URL（可选）</translation>
    </message>
    <message>
        <source>Safety and limits</source>
        <translation>安全与限制</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>速率限制(&amp;L)：</translation>
    </message>
    <message>
        <source>Requests per window</source>
        <translation>每个时间窗口的请求数</translation>
    </message>
    <message>
        <source>requests per</source>
        <translation>个请求，每</translation>
    </message>
    <message>
        <source>Window in seconds</source>
        <translation>时间窗口（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Read-&amp;only: browse and search, no enable or disable</source>
        <translation>只读：仅浏览和搜索，不能启用或禁用(&amp;O)</translation>
    </message>
    <message>
        <source>Require a reason or &amp;ticket for every action</source>
        <translation>每项操作都要求填写原因或工单号(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation>额外的 CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>选择 CA 证书包文件</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>配置文件存在的问题</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No profile yet.

A profile tells Gatehouse where a SailPoint tenant, a Huawei Cloud identity store or an RSA SecurID tenant is, and how to sign in to it. Use Add to create one.</source>
        <translation>尚无配置文件。

配置文件记录 SailPoint 租户、华为云身份源或 RSA SecurID 租户的地址和登录方式，供 Gatehouse 连接使用。请点击“添加”创建配置文件。</translation>
    </message>
    <message>
        <source>%1 profile</source>
        <extracomment>Menu item under &quot;Add&quot;: &quot;SailPoint Identity Security Cloud profile&quot;</extracomment>
        <translation>%1 配置文件</translation>
    </message>
    <message>
        <source>Derived from the region</source>
        <translation>根据区域确定</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>New profile “%1”</source>
        <translation>新配置文件“%1”</translation>
    </message>
    <message>
        <source>Import the key file: its private key is the profile&apos;s secret.</source>
        <translation>请导入密钥文件：其中的私钥就是该配置文件的凭据。</translation>
    </message>
    <message>
        <source>Imported %1 (saved with the profile): access id %2, customer %3</source>
        <translation>已导入 %1（随配置文件保存）：访问 ID %2，客户 %3</translation>
    </message>
    <message>
        <source>Access id %1, customer %2
%3</source>
        <translation>访问 ID %1，客户 %2
%3</translation>
    </message>
    <message>
        <source>No key file imported yet.</source>
        <translation>尚未导入密钥文件。</translation>
    </message>
    <message>
        <source>From the key file: %1</source>
        <translation>来自密钥文件：%1</translation>
    </message>
    <message>
        <source>From the key file</source>
        <translation>来自密钥文件</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>已保存；输入新值可替换</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Save or revert the changes to switch to another profile.</source>
        <translation>请先保存或还原更改，再切换到其他配置文件。</translation>
    </message>
    <message>
        <source>The key file cannot be used: %1</source>
        <translation>无法使用该密钥文件：%1</translation>
    </message>
    <message>
        <source>RSA key files (*.key *.json);;All files (*)</source>
        <translation>RSA 密钥文件 (*.key *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose extra CA certificates</source>
        <translation>选择额外的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fix the problems shown first.</source>
        <translation>请先修正所显示的问题。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>No credential store.</source>
        <translation>没有凭据存储。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>未能创建副本：%1</translation>
    </message>
    <message>
        <source>Duplicated with its secrets as “%1”.</source>
        <translation>已连同凭据创建副本“%1”。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored secrets?</source>
        <translation>删除配置文件“%1”及其存储的凭据？</translation>
    </message>
    <message>
        <source>Actions already recorded in the journal stay there.</source>
        <translation>已记录在操作日志中的操作将保留。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The profile was deleted, but not all of its secrets: %1</source>
        <translation>配置文件已删除，但其凭据未能全部删除：%1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <extracomment>Second line of a read-only profile in the list: &quot;Huawei Cloud … · read-only&quot;</extracomment>
        <translation>%1 · 只读</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>必须填写%1。</translation>
    </message>
    <message>
        <source>Storing: %1…</source>
        <translation>正在存储：%1…</translation>
    </message>
    <message>
        <source>The profile was saved, but “%1” could not be stored: %2</source>
        <translation>配置文件已保存，但无法存储“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::ProviderSessions</name>
    <message>
        <source>The profile was closed.</source>
        <translation>配置文件已关闭。</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>配置文件已不存在。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Rs256JwtSigner</name>
    <message>
        <source>The RSA key file&apos;s accessKey could not be read as a PEM private key.</source>
        <translation>无法将 RSA 密钥文件中的 accessKey 读取为 PEM 私钥。</translation>
    </message>
    <message>
        <source>The RSA key file&apos;s accessKey is not an RSA key.</source>
        <translation>RSA 密钥文件中的 accessKey 不是 RSA 密钥。</translation>
    </message>
    <message>
        <source>Signing the RSA administration token failed.</source>
        <translation>签署 RSA 管理令牌失败。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SailPointProvider</name>
    <message>
        <source>Name, login or identity - or a filter such as sourceId eq &quot;…&quot;</source>
        <translation>名称、登录名或身份，或筛选条件，如 sourceId eq &quot;…&quot;</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SdkHmacSigner</name>
    <message>
        <source>The Huawei access key (AK) or secret key (SK) is missing.</source>
        <translation>缺少华为云访问密钥 ID（AK）或秘密访问密钥（SK）。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::SecurIdProvider</name>
    <message>
        <source>E-mail address or user name (RSA finds one user at a time)</source>
        <translation>邮箱地址或用户名（RSA 每次只查找一个用户）</translation>
    </message>
    <message>
        <source>RSA looks users up by e-mail or user name; neither is known for %1.</source>
        <translation>RSA 通过邮箱或用户名查找用户，但 %1 的这两项均未知。</translation>
    </message>
    <message>
        <source>RSA has no user %1.</source>
        <translation>RSA 中没有用户 %1。</translation>
    </message>
    <message>
        <source>RSA&apos;s User Status API cannot unlock; unlock factors in the RSA console.</source>
        <translation>RSA 的 User Status API 无法解锁；请在 RSA 控制台中解锁认证因素。</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TaskListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in the task monitor: &quot;Jane Doe (jdoe)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s task</source>
        <extracomment>SailPoint accepted the action as an asynchronous task with this id.</extracomment>
        <translation>等待提供商任务</translation>
    </message>
    <message>
        <source>Provider task %1</source>
        <translation>提供商任务 %1</translation>
    </message>
    <message>
        <source>The request may or may not have arrived; reading the user&apos;s state back</source>
        <translation>请求可能已送达，也可能未送达；正在回读用户状态</translation>
    </message>
    <message>
        <source>Waiting for its turn under the profile&apos;s rate limit</source>
        <translation>按配置文件的速率限制排队等待</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an action&apos;s details: &quot;Label: value&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>操作 ID</translation>
    </message>
    <message>
        <source>Batch id</source>
        <translation>批次 ID</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TaskMonitor</name>
    <message>
        <source>The provider gave no task id.</source>
        <translation>提供商未返回任务 ID。</translation>
    </message>
    <message>
        <source>The provider&apos;s task failed.</source>
        <translation>提供商的任务失败。</translation>
    </message>
    <message>
        <source>The provider does not know the task id.</source>
        <translation>提供商无法识别该任务 ID。</translation>
    </message>
    <message>
        <source>Confirmed by reading the account.</source>
        <translation>已通过读取账号确认。</translation>
    </message>
    <message numerus="yes">
        <source>The task could not be followed and the account did not change within %n seconds.</source>
        <translation>
            <numerusform>无法跟踪该任务，且账号在 %n 秒内未发生变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::TaskMonitorPane</name>
    <message>
        <source>Task monitor</source>
        <translation>任务监视器</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Show actions by state</source>
        <translation>按状态显示操作</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Skipped or cancelled</source>
        <translation>已跳过或已取消</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批次</translation>
    </message>
    <message>
        <source>Cancel the actions of this batch that were not sent yet; what was sent is followed to its end</source>
        <translation>取消此批次中尚未发送的操作；已发送的操作会继续跟踪至结束</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Send the failed actions of this batch again</source>
        <translation>重新发送此批次中失败的操作</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy the selected actions&apos; details, request ids included</source>
        <translation>复制所选操作的详细信息（包括请求 ID）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation>所选操作的详细信息</translation>
    </message>
    <message>
        <source>Select an action to see its details.</source>
        <translation>选择一项操作以查看其详细信息。</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>尚无操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n 项进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 项成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n 项结果未知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 项已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 项已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch of %1: %2</source>
        <extracomment>Summary of the selected batch: &quot;Batch of 25: 20 succeeded, 5 in progress&quot;</extracomment>
        <translation>批次共 %1 项：%2</translation>
    </message>
    <message>
        <source>Cancelling the batch failed</source>
        <translation>取消批次失败</translation>
    </message>
    <message>
        <source>Retrying the batch failed</source>
        <translation>重试批次失败</translation>
    </message>
    <message>
        <source>One action</source>
        <translation>1 项操作</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n 项操作</numerusform>
        </translation>
    </message>
    <message>
        <source>One action cancelled; actions already sent are followed to their end.</source>
        <translation>已取消 1 项操作；已发送的操作会继续跟踪至结束。</translation>
    </message>
    <message numerus="yes">
        <source>%n actions cancelled; actions already sent are followed to their end.</source>
        <translation>
            <numerusform>已取消 %n 项操作；已发送的操作会继续跟踪至结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>One action sent again.</source>
        <translation>已重新发送 1 项操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n actions sent again.</source>
        <translation>
            <numerusform>已重新发送 %n 项操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts of a batch: &quot;20 succeeded, 5 in progress&quot;</extracomment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Gatehouse::TasksCommand</name>
    <message>
        <source>task %1</source>
        <extracomment>%1 is the provider&apos;s task id of an accepted action</extracomment>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>An action&apos;s detail and a note on it: &quot;task 2c91…; already disabled&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>tasks needs one of: list, watch.</source>
        <translation>tasks 需要以下子命令之一：list、watch。</translation>
    </message>
    <message>
        <source>tasks list takes no arguments.</source>
        <translation>tasks list 不接受参数。</translation>
    </message>
    <message>
        <source>--format must be table, json or csv.</source>
        <translation>--format 必须是 table、json 或 csv。</translation>
    </message>
    <message>
        <source>--limit must be a number.</source>
        <translation>--limit 必须是数字。</translation>
    </message>
    <message>
        <source>--batch must be a batch id.</source>
        <translation>--batch 必须是批次 ID。</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>没有操作。</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <comment>column header</comment>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <comment>column header</comment>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>USER</source>
        <comment>column header</comment>
        <translation>用户</translation>
    </message>
    <message>
        <source>ACTION</source>
        <comment>column header</comment>
        <translation>操作</translation>
    </message>
    <message>
        <source>STATE</source>
        <comment>column header</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>TRIES</source>
        <comment>column header</comment>
        <extracomment>Column header of `tasks list`: how many times the action was sent</extracomment>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <comment>column header</comment>
        <translation>详情</translation>
    </message>
    <message>
        <source>--settle-seconds must be a number.</source>
        <translation>--settle-seconds 必须是数字。</translation>
    </message>
    <message>
        <source>--format must be table or json.</source>
        <translation>--format 必须是 table 或 json。</translation>
    </message>
    <message>
        <source>Nothing to watch: no actions yet.</source>
        <translation>没有可监视的内容：尚无操作。</translation>
    </message>
    <message>
        <source>warning: unfinished actions of a profile that no longer exists (%1) cannot be resumed</source>
        <extracomment>%1 is the id of the deleted profile</extracomment>
        <translation>警告：已不存在的配置文件（%1）中未完成的操作无法继续执行</translation>
    </message>
    <message>
        <source>warning: cannot resume the actions of profile %1: %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 why it could not be opened</extracomment>
        <translation>警告：无法继续执行配置文件 %1 的操作：%2</translation>
    </message>
    <message numerus="yes">
        <source>note: resuming %n unfinished action(s) of profile %1</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>
            <numerusform>注意：正在继续执行配置文件 %1 中 %n 项未完成的操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watched %n action(s): %1 succeeded, %2 failed, %3 unknown or still open.</source>
        <extracomment>%n actions were seen; %1, %2 and %3 count them by outcome</extracomment>
        <translation>
            <numerusform>已监视 %n 项操作：%1 项成功，%2 项失败，%3 项结果未知或仍未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an error&apos;s kind (&quot;forbidden&quot;), %2 its message</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserDetailPane</name>
    <message>
        <source>User details</source>
        <translation>用户详细信息</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>修改时间：</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>所有属性</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Recent actions on this user</source>
        <translation>此用户的最近操作</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>Tooltip and accessible name of the copy button next to a field: &quot;Copy Login&quot;</extracomment>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>Select a user to see every attribute and the last actions on them.</source>
        <translation>选择一个用户，查看其所有属性和最近的操作。</translation>
    </message>
    <message>
        <source>Reading the latest from the provider…</source>
        <translation>正在从提供商读取最新信息…</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Read from the provider at %1.</source>
        <translation>于 %1 从提供商读取。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation>（读取中…）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 个字段</translation>
    </message>
    <message numerus="yes">
        <source>%n fields</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 项</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserTableModel</name>
    <message>
        <source>%1 (a change is waiting for the provider&apos;s confirmation)</source>
        <extracomment>Tooltip of the state cell while an enable/disable awaits the provider&apos;s answer.</extracomment>
        <translation>%1（有一项更改正在等待提供商确认）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Login name or native identity</source>
        <extracomment>Column header: the account&apos;s login / native identity / user name.</extracomment>
        <translation>登录名或原生标识</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source or identity store</source>
        <extracomment>Column header: the account&apos;s source / identity store.</extracomment>
        <translation>来源或身份源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Last modified at the provider</source>
        <translation>在提供商处的最后修改时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>Gatehouse::UserTableView</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>Gatehouse::UsersCommand</name>
    <message>
        <source>--format must be table, json or csv.</source>
        <translation>--format 必须是 table、json 或 csv。</translation>
    </message>
    <message>
        <source>users %1 needs --profile NAME.</source>
        <extracomment>%1 is the subcommand given (&quot;list&quot;, &quot;disable&quot;, ...)</extracomment>
        <translation>users %1 需要 --profile NAME。</translation>
    </message>
    <message>
        <source>users needs one of: list, show, disable, enable, unlock.</source>
        <translation>users 需要以下子命令之一：list、show、disable、enable、unlock。</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit 必须是正数。</translation>
    </message>
    <message>
        <source>%1 cannot list every user; search with --query E-MAIL or --query USERNAME.</source>
        <extracomment>%1 is the provider (&quot;RSA SecurID&quot;); E-MAIL and USERNAME are placeholders</extracomment>
        <translation>%1 无法列出所有用户；请使用 --query E-MAIL 或 --query USERNAME 搜索。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <comment>column header</comment>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <comment>column header</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>--settle-seconds must be a number.</source>
        <translation>--settle-seconds 必须是数字。</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <extracomment>%1 is the file given with --from-file</extracomment>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>users %1 needs user ids, or --from-file FILE|-.</source>
        <extracomment>%1 is the action&apos;s command word (&quot;disable&quot;, &quot;enable&quot;, &quot;unlock&quot;)</extracomment>
        <translation>users %1 需要用户 ID，或 --from-file FILE|-。</translation>
    </message>
    <message numerus="yes">
        <source>note: resuming %n unfinished action(s) of an earlier run</source>
        <translation>
            <numerusform>注意：正在继续执行上次运行中 %n 项未完成的操作</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a user id or e-mail the operator gave, %2 why it named no user</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>task %1</source>
        <extracomment>%1 is the provider&apos;s task id of an accepted action</extracomment>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>An action&apos;s detail and a note on it: &quot;task 2c91…; already disabled&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Summary: %1 succeeded, %2 failed, %3 unknown, %4 skipped, %5 cancelled, %6 still running (tasks are followed on the next start) (batch %7)</source>
        <extracomment>%1-%6 count the batch&apos;s actions by outcome, %7 is the batch id</extracomment>
        <translation>摘要：%1 项成功，%2 项失败，%3 项结果未知，%4 项已跳过，%5 项已取消，%6 项仍在进行（任务将在下次启动时继续跟踪）（批次 %7）</translation>
    </message>
    <message>
        <source>Summary: %1 succeeded, %2 failed, %3 unknown, %4 skipped, %5 cancelled (batch %6)</source>
        <extracomment>%1-%5 count the batch&apos;s actions by outcome, %6 is the batch id</extracomment>
        <translation>摘要：%1 项成功，%2 项失败，%3 项结果未知，%4 项已跳过，%5 项已取消（批次 %6）</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is not an absolute URL such as https://host.example.com.</source>
        <translation>%1 不是绝对 URL（例如 https://host.example.com）。</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>%1 uses http://, which is only allowed for 127.0.0.1, ::1 and localhost; use https://.</source>
        <translation>%1 使用了 http://，而 http:// 仅允许用于 127.0.0.1、::1 和 localhost；请使用 https://。</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; secrets belong in the keychain.</source>
        <translation>%1 不得包含用户名或密码；凭据应保存在钥匙串中。</translation>
    </message>
    <message>
        <source>%1 must not have a query (?) or fragment (#).</source>
        <translation>%1 不得包含查询（?）或片段（#）。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <extracomment>%1 is a JSON key such as &quot;rateLimit.requests&quot;, %2 a type such as &quot;a string&quot;</extracomment>
        <translation>“%1”必须是%2。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The name must not contain control characters.</source>
        <translation>名称不得包含控制字符。</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s API URL, such as https://acme.api.identitynow.com.</source>
        <translation>请输入租户的 API URL，例如 https://acme.api.identitynow.com。</translation>
    </message>
    <message>
        <source>The API URL should end at the host: Gatehouse adds /v3 and /beta itself.</source>
        <translation>API URL 只需写到主机名：Gatehouse 会自动添加 /v3 和 /beta。</translation>
    </message>
    <message>
        <source>%1 is the web console&apos;s host; the API is at {tenant}.api.identitynow.com.</source>
        <translation>%1 是 Web 控制台的主机名；API 位于 {tenant}.api.identitynow.com。</translation>
    </message>
    <message>
        <source>Enter the OAuth 2.0 client id (or personal access token id).</source>
        <translation>请输入 OAuth 2.0 客户端 ID（或个人访问令牌 ID）。</translation>
    </message>
    <message>
        <source>The client id must not contain spaces.</source>
        <translation>客户端 ID 不得包含空格。</translation>
    </message>
    <message>
        <source>This looks like a legacy client id (no dashes); SailPoint only accepts OAuth 2.0 client ids such as b61429f5-203d-494c-94c3-04f54e17bc5c.</source>
        <translation>这看起来是旧版客户端 ID（没有连字符）；SailPoint 只接受 OAuth 2.0 客户端 ID，例如 b61429f5-203d-494c-94c3-04f54e17bc5c。</translation>
    </message>
    <message>
        <source>SailPoint OAuth 2.0 client ids look like b61429f5-203d-494c-94c3-04f54e17bc5c; check the value.</source>
        <translation>SailPoint OAuth 2.0 客户端 ID 的格式类似 b61429f5-203d-494c-94c3-04f54e17bc5c，请检查该值。</translation>
    </message>
    <message>
        <source>Choose the region where IAM Identity Center is enabled, or enter an explicit API URL.</source>
        <translation>请选择已开通 IAM 身份中心的区域，或输入明确的 API URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region with an Identity Center endpoint (%2); enter an explicit API URL to use another host.</source>
        <translation>“%1”不是提供身份中心终端节点的区域（%2）；如需使用其他主机，请输入明确的 API URL。</translation>
    </message>
    <message>
        <source>Enter the identity store id.</source>
        <translation>请输入身份源 ID。</translation>
    </message>
    <message>
        <source>The identity store id has exactly %1 characters and no spaces (this one has %2).</source>
        <translation>身份源 ID 必须正好是 %1 个字符且不含空格（当前为 %2 个字符）。</translation>
    </message>
    <message>
        <source>Enter the access key id (AK).</source>
        <translation>请输入访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>The access key id must not contain spaces.</source>
        <translation>访问密钥 ID 不得包含空格。</translation>
    </message>
    <message>
        <source>Import the administration API key file (.key) from the Cloud Administration Console.</source>
        <translation>请导入从 Cloud Administration Console 下载的管理 API 密钥文件（.key）。</translation>
    </message>
    <message>
        <source>The key file has no adminRestApiUrl; import it again.</source>
        <translation>密钥文件中没有 adminRestApiUrl，请重新导入。</translation>
    </message>
    <message>
        <source>The rate limit needs at least one request per window of at least one second.</source>
        <translation>速率限制至少为每个时间窗口 1 个请求，且时间窗口至少为 1 秒。</translation>
    </message>
    <message>
        <source>SailPoint allows %1 requests per %2 s per client id; a higher limit leads to 429 responses and waits.</source>
        <translation>SailPoint 允许每个客户端 ID 每 %2 秒发送 %1 个请求；设置更高的限制会导致 429 响应和等待。</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not a readable file.</source>
        <translation>CA 证书包 %1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Administration API key file</source>
        <translation>管理 API 密钥文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Identity store id</source>
        <translation>身份源 ID</translation>
    </message>
    <message>
        <source>Access key id (AK)</source>
        <translation>访问密钥 ID（AK）</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>The profile has no &quot;provider&quot;.</source>
        <translation>配置文件中没有“provider”。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use sailpoint, huawei or rsa.</source>
        <translation>未知的提供商“%1”；请使用 sailpoint、huawei 或 rsa。</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation>临时安全凭据</translation>
    </message>
    <message>
        <source>Key access id</source>
        <translation>密钥访问 ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Admin REST API URL</source>
        <translation>管理 REST API URL</translation>
    </message>
    <message>
        <source>Key description</source>
        <translation>密钥描述</translation>
    </message>
    <message>
        <source>%1 requests per %2 s</source>
        <extracomment>e.g. &quot;100 requests per 10 s&quot;</extracomment>
        <translation>每 %2 秒 %1 个请求</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>要求填写原因</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Secrets (in the keychain)</source>
        <translation>凭据（位于钥匙串中）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <extracomment>%1 is a field such as &quot;API URL&quot;, %2 the problem</extracomment>
        <translation>错误：%1：%2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
</context>
<context>
    <name>RsaKeyFile</name>
    <message>
        <source>The key file is empty.</source>
        <translation>密钥文件为空。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an RSA key file.</source>
        <translation>%1 过大，不可能是 RSA 密钥文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file path, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Serves the SailPoint, Huawei and RSA simulators on 127.0.0.1 until stopped; prints one JSON line with the base URL and credentials once it listens.</source>
        <translation>在 127.0.0.1 上运行 SailPoint、华为云和 RSA 模拟器，直到被停止；开始监听后输出一行 JSON，其中包含基础 URL 和凭据。</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <extracomment>%1 explains what is wrong with the command line</extracomment>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>缺少子命令</translation>
    </message>
    <message>
        <source>unknown sandbox subcommand &apos;%1&apos;</source>
        <translation>未知的 sandbox 子命令“%1”</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--port must be 0-65535, got &apos;%1&apos;</source>
        <translation>--port 必须在 0-65535 之间，实际为“%1”</translation>
    </message>
    <message>
        <source>--users must be 0-%1, got &apos;%2&apos;</source>
        <translation>--users 必须在 0-%1 之间，实际为“%2”</translation>
    </message>
    <message>
        <source>--seed must be a number, got &apos;%1&apos;</source>
        <translation>--seed 必须是数字，实际为“%1”</translation>
    </message>
    <message>
        <source>--task-seconds must be 0-%1, got &apos;%2&apos;</source>
        <translation>--task-seconds 必须在 0-%1 之间，实际为“%2”</translation>
    </message>
    <message>
        <source>--token-seconds must be 1-%1, got &apos;%2&apos;</source>
        <translation>--token-seconds 必须在 1-%1 之间，实际为“%2”</translation>
    </message>
    <message>
        <source>--key-file needs a path</source>
        <translation>--key-file 需要一个路径</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>%1 is why the sandbox could not start, e.g. the port is taken</extracomment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>%1 is the command line synopsis, shown as it is</extracomment>
        <translation>用法：%1</translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>The sandbox did not say its %1.</source>
        <translation>沙箱未报告其 %1。</translation>
    </message>
    <message>
        <source>Sandbox SailPoint</source>
        <translation>沙箱 SailPoint</translation>
    </message>
    <message>
        <source>Sandbox Huawei Cloud</source>
        <translation>沙箱华为云</translation>
    </message>
    <message>
        <source>Sandbox RSA SecurID</source>
        <translation>沙箱 RSA SecurID</translation>
    </message>
</context>
<context>
    <name>SecurIdKeyFile</name>
    <message>
        <source>The key file has no &quot;%1&quot; field.</source>
        <translation>密钥文件中没有“%1”字段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the key file is not a string.</source>
        <translation>密钥文件中的“%1”不是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the key file is empty.</source>
        <translation>密钥文件中的“%1”为空。</translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (expected %1).</source>
        <translation>“accessKey”不是 PEM 格式的 RSA 私钥（应为 %1）。</translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (expected %1, found %2).</source>
        <translation>“accessKey”不是 PEM 格式的 RSA 私钥（应为 %1，实际为 %2）。</translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is an encrypted PEM key; the key file must hold the unencrypted key RSA issued.</source>
        <translation>“accessKey”是加密的 PEM 密钥；密钥文件必须包含 RSA 签发的未加密密钥。</translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (its body is not base64).</source>
        <translation>“accessKey”不是 PEM 格式的 RSA 私钥（其正文不是 base64）。</translation>
    </message>
    <message>
        <source>&quot;accessKey&quot; is not a PEM RSA private key (its body does not decode to a key).</source>
        <translation>“accessKey”不是 PEM 格式的 RSA 私钥（其正文无法解码为密钥）。</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>密钥文件为空。</translation>
    </message>
    <message>
        <source>The file is too large to be an RSA key file.</source>
        <translation>该文件过大，不可能是 RSA 密钥文件。</translation>
    </message>
    <message>
        <source>The key file is not JSON (%1 at offset %2).</source>
        <translation>密钥文件不是 JSON（偏移量 %2 处：%1）。</translation>
    </message>
    <message>
        <source>The key file is not a JSON object.</source>
        <translation>密钥文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;adminRestApiUrl&quot; in the key file is not an http(s) URL.</source>
        <translation>密钥文件中的“adminRestApiUrl”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>&quot;description&quot; in the key file is not a string.</source>
        <translation>密钥文件中的“description”不是字符串。</translation>
    </message>
</context>
<context>
    <name>UserListWriter</name>
    <message>
        <source>DISPLAY NAME</source>
        <comment>column header</comment>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <comment>column header</comment>
        <translation>登录名</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <comment>column header</comment>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>STATE</source>
        <comment>column header</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <comment>column header</comment>
        <translation>来源</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column header</comment>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>UserRecord</name>
    <message>
        <source>SailPoint Identity Security Cloud</source>
        <translation>SailPoint Identity Security Cloud</translation>
    </message>
    <message>
        <source>Huawei Cloud IAM Identity Center</source>
        <translation>华为云 IAM 身份中心</translation>
    </message>
    <message>
        <source>RSA SecurID Cloud Access Service</source>
        <translation>RSA SecurID Cloud Access Service</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled, locked</source>
        <translation>已禁用，已锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Identity access console for helpdesk staff.</source>
        <translation>面向服务台人员的身份访问控制台。</translation>
    </message>
    <message>
        <source>Start the built-in provider sandbox and open three demo profiles.</source>
        <translation>启动内置的提供商沙箱，并打开三个演示配置文件。</translation>
    </message>
    <message>
        <source>Users in the sandbox directory (default 10000).</source>
        <translation>沙箱目录中的用户数（默认 10000）。</translation>
    </message>
    <message>
        <source>Keep profiles, journal and settings in DIR.</source>
        <translation>将配置文件、操作日志和设置保存在 DIR 中。</translation>
    </message>
    <message>
        <source>Open, load the first page, print the time to the first shown window and exit.</source>
        <translation>打开应用，加载第一页，输出首个窗口显示所需的时间，然后退出。</translation>
    </message>
</context>
</TS>
