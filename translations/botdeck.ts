<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Botdeck::AccessControl</name>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="278"/>
        <source>%1 cannot be checked: the caller has no aclAttr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="299"/>
        <source>only admins may run %1; your aclAttr is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="330"/>
        <source>rule &quot;%1&quot; denies %2 to aclAttr %3 (deny_users pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="339"/>
        <source>rule &quot;%1&quot; denies %2 in room %3 (deny_rooms pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="345"/>
        <source>rule &quot;%1&quot; allows %2 only in direct messages, not in room %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="351"/>
        <source>rule &quot;%1&quot; allows %2 only in rooms, not in direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="368"/>
        <source>rule &quot;%1&quot; allows %2 only in rooms matching %3; %4 is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="380"/>
        <source>%1 is for admins only, and aclAttr %2 matches admin pattern &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="381"/>
        <source>aclAttr %1 matches admin pattern &quot;%2&quot;; admins may run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="394"/>
        <source>rule &quot;%1&quot; allows %2 only to aclAttr matching %3; your aclAttr %4 is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="400"/>
        <source>rule &quot;%1&quot; allows %2 to aclAttr %3 (allow_users pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="411"/>
        <source>rule &quot;%1&quot; allows %2 in room %3 (allow_rooms pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="419"/>
        <source>no rule allows %1 to aclAttr %2, and everything not allowed is denied (deny_by_default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="423"/>
        <source>no rule restricts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="452"/>
        <source>%1: &quot;%2&quot; is not true or false; it is read as false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="468"/>
        <source>%1 is empty, which restricts nobody; to name nobody, leave the key out, and to refuse everybody write deny_users = *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="481"/>
        <source>%1: an empty pattern never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="485"/>
        <source>%1: pattern %2 is only spaces and never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="489"/>
        <source>%1: pattern %2 starts or ends with a space; patterns are never trimmed, so it can never match a real identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="497"/>
        <source>%1: pattern %2 makes everybody an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="504"/>
        <source>%1: pattern %2 looks like a nick, but users are matched on their whole aclAttr (&quot;@alice&quot;, &quot;alice!user@host&quot;, &quot;alice@example.org&quot;), never on a nick alone, so it will probably never match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="542"/>
        <source>; a rule for %1 is written [acl.%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="543"/>
        <source>[%1]: unknown group is ignored%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="555"/>
        <source>[acl]: unknown key &quot;%1&quot; is ignored; known keys: admins, deny_by_default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="562"/>
        <source>[%1]: the rule names no command or plugin and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="581"/>
        <source>[%1]: unknown key &quot;%2&quot; is ignored; known keys: allow_users, deny_users, allow_rooms, deny_rooms, direct_only, room_only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="588"/>
        <source>[%1]: direct_only and room_only together mean the command can never run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::AccessPanel</name>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="34"/>
        <source>Access (the bot&apos;s ACLs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="39"/>
        <source>Matched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="41"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="44"/>
        <source>The command to check: every command of the active plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="46"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="48"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="50"/>
        <source>May run it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="141"/>
        <source>aclAttr = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="141"/>
        <source>(empty: no rule can match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="142"/>
        <source>yes: may run every command, admin-only ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="143"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="144"/>
        <source>in a direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="144"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="166"/>
        <source>No active plugin offers a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="173"/>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="175"/>
        <source>field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="177"/>
        <source>value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="179"/>
        <source>pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="180"/>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/accesspanel.cpp" line="180"/>
        <source>Denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::AclPlugin</name>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="11"/>
        <source>Shows the access rules and explains their decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="16"/>
        <source>The admins and access rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="19"/>
        <source>&lt;command&gt; [identifier]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="20"/>
        <source>Whether someone (you by default) may run a command here, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="33"/>
        <source>allow users %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="35"/>
        <source>deny users %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="37"/>
        <source>allow rooms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="39"/>
        <source>deny rooms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="41"/>
        <source>direct messages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="43"/>
        <source>rooms only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="46"/>
        <source>Admins: %1. Default: %2. Rules: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="47"/>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="49"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="48"/>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="48"/>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="56"/>
        <source>Say %1acl explain &lt;command&gt; [identifier].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="68"/>
        <source>Only admins may ask about other people; %1acl explain %2 explains it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="72"/>
        <source>Cannot explain for that identifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="76"/>
        <source>%1 %2 run %3 here: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="77"/>
        <source>may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="77"/>
        <source>may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/aclplugin.cpp" line="81"/>
        <source> (decided by rule %1 on %2 = %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Arguments</name>
    <message>
        <location filename="../src/core/bot/arguments.cpp" line="62"/>
        <source>a %1 quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Backend</name>
    <message>
        <location filename="../src/core/backend.cpp" line="18"/>
        <source>The send queue is full (%1 waiting); not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="44"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="46"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="48"/>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="50"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="52"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="54"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="166"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::BackendRegistry</name>
    <message>
        <location filename="../src/core/backendregistry.cpp" line="67"/>
        <source>There is no backend called &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backendregistry.cpp" line="72"/>
        <source>The %1 backend has no setting &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Bot</name>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="245"/>
        <source>there is no command called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="275"/>
        <source>The send queue of %1 is full (%2 waiting); not queued: reply to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="308"/>
        <source>Not sent, because the bot is not back in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="327"/>
        <source>Console operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="426"/>
        <source>You may not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="447"/>
        <source>I could not read the arguments of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="460"/>
        <source>Sorry, %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="504"/>
        <source>&quot;%1&quot; needs one more word: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="522"/>
        <source>Unknown command &quot;%1&quot;. Say %2help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="529"/>
        <source>Unknown command &quot;%1&quot;. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="529"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="536"/>
        <source>%1 replied after it had finished (or timed out); dropped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="555"/>
        <source>Sorry, %1 timed out after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/commandcall.cpp" line="134"/>
        <source>Sorry, %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::BotMenu</name>
    <message>
        <location filename="../src/ui/botmenu.cpp" line="12"/>
        <source>&amp;Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/botmenu.cpp" line="13"/>
        <source>&amp;Commands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/botmenu.cpp" line="14"/>
        <source>&amp;Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/botmenu.cpp" line="18"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/botmenu.cpp" line="104"/>
        <source>The plugin %1 could not be switched on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/botmenu.cpp" line="105"/>
        <source>The plugin %1 could not be switched off: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="113"/>
        <source>Botdeck: a chat bot with a desktop console for IRC, XMPP and a built-in local service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="115"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="117"/>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="119"/>
        <source>Run the bot without a window, logging events to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="121"/>
        <source>The chat service to log in to: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="123"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="125"/>
        <source>List the backends and their login settings, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="128"/>
        <source>Save a picture of the console to file once it has settled, then quit (for documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="129"/>
        <location filename="../src/app/commandline.cpp" line="131"/>
        <location filename="../src/app/commandline.cpp" line="166"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="131"/>
        <source>Read settings from this INI file; the command line wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="132"/>
        <source>The command prefix (default !).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="133"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="134"/>
        <source>A room to join once connected (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="135"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="137"/>
        <source>Replies per second per connection; 0 = unlimited (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="138"/>
        <location filename="../src/app/commandline.cpp" line="141"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="140"/>
        <source>Replies that may go at once after a quiet spell (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="142"/>
        <source>Where plugins keep their storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="143"/>
        <location filename="../src/app/commandline.cpp" line="145"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="145"/>
        <source>A folder to load plugins from (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="147"/>
        <source>debug (with protocol traffic), info, warning or error (default info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="148"/>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="164"/>
        <source>Read %1 from the first line of this file (or set %2) (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="235"/>
        <source>%1 must not be written in the configuration file, where anyone who can read it sees it: use %2, --%3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="353"/>
        <source>  --%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="195"/>
        <source>Unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="95"/>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="201"/>
        <source>cannot read the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="204"/>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="212"/>
        <source>--screenshot needs the console, not --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="243"/>
        <source>the configuration file has a setting backend/%1 that the %2 backend does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="291"/>
        <source>--send-rate must be a number of replies per second, 0 or more; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="298"/>
        <source>--send-burst must be a whole number, 1 or more; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="306"/>
        <source>--log-level must be one of %1; got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="312"/>
        <source>unknown_commands_in_rooms must be reply or silent; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="319"/>
        <source>command_timeout must be a whole number of seconds, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="339"/>
        <source>the configuration file has an unknown setting bot/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="358"/>
        <source> [required]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::CommandModel</name>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="77"/>
        <source>admins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="90"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="92"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="94"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="96"/>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="98"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/commandmodel.cpp" line="118"/>
        <source>(matches anywhere in a message)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::CommandsDialog</name>
    <message>
        <location filename="../src/ui/commandsdialog.cpp" line="21"/>
        <source>Bot commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/commandsdialog.cpp" line="30"/>
        <source>Search commands, descriptions, plugins…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::ConnectionModel</name>
    <message>
        <location filename="../src/ui/models/connectionmodel.cpp" line="226"/>
        <location filename="../src/ui/models/connectionmodel.cpp" line="260"/>
        <location filename="../src/ui/models/connectionmodel.cpp" line="277"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/connectionmodel.cpp" line="238"/>
        <source>%1
Last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::ConversationPanel</name>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="90"/>
        <source>Select a room or a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="97"/>
        <source>%1: no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="98"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="100"/>
        <source> (not joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="102"/>
        <source>Set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="113"/>
        <source>Inspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="116"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::EventLog</name>
    <message>
        <location filename="../src/core/eventlog.cpp" line="27"/>
        <source>state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="29"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="42"/>
        <source>(direct to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="61"/>
        <source>-- left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/eventlog.cpp" line="64"/>
        <source>-- joined, %n occupant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="66"/>
        <location filename="../src/core/eventlog.cpp" line="72"/>
        <source>-- topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="69"/>
        <source>-- the room was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="69"/>
        <source>-- the room was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="73"/>
        <source>-- topic: %1 (set by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="76"/>
        <source>--&gt; %1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="78"/>
        <source>&lt;-- %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="78"/>
        <source>&lt;-- %1 left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="82"/>
        <source>-- %1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::HelpPlugin</name>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="13"/>
        <source>Lists the commands and explains each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="18"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="18"/>
        <source>Lists every command, or explains one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="39"/>
        <source>Commands (prefix %1; * = admins only): %2. Say %1help &lt;command&gt; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="50"/>
        <source>There is no command called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="51"/>
        <source>There is no command called %1. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="51"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="58"/>
        <source> (plugin %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/helpplugin.cpp" line="58"/>
        <source>, admins only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::InputLine</name>
    <message>
        <location filename="../src/ui/inputline.cpp" line="10"/>
        <source>Type a message to send as the bot; Tab completes nicks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::InspectorPanel</name>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="25"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="25"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="55"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="70"/>
        <source>Select an occupant, a message or a connection to see who is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="75"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="76"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="77"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="78"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="79"/>
        <source>ACL attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="80"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="82"/>
        <source>Reachable privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="121"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="123"/>
        <source>occupant (a person in a room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="125"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="129"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="143"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="146"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="147"/>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcBackend</name>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="47"/>
        <source>the server did not complete the login within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="64"/>
        <source>IRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="65"/>
        <source>Internet Relay Chat, with IRCv3 capabilities and SASL, over TCP, TLS or WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="66"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="67"/>
        <source>The IRC server&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="69"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="70"/>
        <source>Empty: 6667, or 6697 with TLS, or 80/443 for WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="72"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="73"/>
        <source>tcp: the classic IRC connection; websocket: IRC over WebSocket (text.ircv3.net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="75"/>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="76"/>
        <source>Encrypt the connection (TLS, or wss:// for WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="77"/>
        <source>WebSocket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="78"/>
        <source>The path of the WebSocket endpoint on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="80"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="81"/>
        <source>Check the server&apos;s TLS certificate; turning this off lets anyone on the network path read and change the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="84"/>
        <source>Trusted fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="85"/>
        <source>SHA-256 fingerprint of a certificate to trust even if it is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="86"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="86"/>
        <source>The bot&apos;s nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="88"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="89"/>
        <source>The user part of the bot&apos;s hostmask; empty: the nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="90"/>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="91"/>
        <source>Shown in WHO and WHOIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="92"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="93"/>
        <source>The server password (PASS), if the server needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="94"/>
        <source>SASL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="95"/>
        <source>Log in to a services account: plain (account and password) or external (TLS client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="99"/>
        <source>SASL account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="99"/>
        <source>The services account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="101"/>
        <source>SASL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="101"/>
        <source>The services account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="103"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="104"/>
        <source>Channels to join after logging in, separated by commas; a key after a space (&quot;#a, #secret key&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="107"/>
        <source>Ping interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="108"/>
        <source>Seconds of silence before the bot pings the server; no answer within as many seconds again means the link is dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="113"/>
        <source>Rejoin after kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="114"/>
        <source>Seconds to wait before rejoining a channel the bot was kicked from; 0: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="116"/>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="117"/>
        <source>Seconds to wait for the server to accept the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="186"/>
        <source>Botdeck signing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="211"/>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/backends/irc/ircbackend.cpp" line="249"/>
        <source>dropped %n line(s) from the server longer than %1 bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="252"/>
        <source>the server sent more than %1 MiB without a line end; that is not IRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="289"/>
        <source>%1 did not take the WebSocket subprotocol text.ircv3.net; trying without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="294"/>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="300"/>
        <source>Lost the connection to %1: %2. Reconnecting in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="318"/>
        <source>ping timeout: the server did not answer for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="362"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="366"/>
        <source>Sending a line of %1 bytes; the server may cut it at 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="415"/>
        <source>Not sent to %1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="421"/>
        <source>Not sent: the message has no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="465"/>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="30"/>
        <source>Ignored a line from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="58"/>
        <source>Cannot log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="141"/>
        <source>the server refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="144"/>
        <source>the server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="144"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="287"/>
        <source>kicked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="288"/>
        <source>kicked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="293"/>
        <source>the bot was kicked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendevents.cpp" line="393"/>
        <source>%1 invites you to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="48"/>
        <source>Cannot change the nick to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="61"/>
        <source>cannot join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="63"/>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="72"/>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="76"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="91"/>
        <source>the server listed more than %1 people without ending the list; ignoring the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackendnumerics.cpp" line="128"/>
        <source>%1 already existed: joined it instead of creating it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcCodec</name>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="133"/>
        <source>line too long (%1 bytes; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="135"/>
        <source>line contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="140"/>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="146"/>
        <source>message tags too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="153"/>
        <source>line has an empty source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="158"/>
        <source>line has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="160"/>
        <source>&quot;%1&quot; is not a command: a command is letters or a three-digit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="179"/>
        <source>invalid command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="188"/>
        <source>invalid tag name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="205"/>
        <source>invalid source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="213"/>
        <source>parameter %1 contains a line break or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irccodec.cpp" line="219"/>
        <source>parameter %1 (&quot;%2&quot;) can only be the last one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcIdentifiers</name>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="71"/>
        <source>a nick cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="73"/>
        <source>&quot;%1&quot; is longer than the %2 characters this server allows in a nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="78"/>
        <source>&quot;%1&quot; is not a valid nick: it must start with a letter or one of []\`_^{|}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="83"/>
        <source>&quot;%1&quot; is not a valid nick: &apos;%2&apos; is not allowed (letters, digits and []\`_^{|}- only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="92"/>
        <source>&quot;%1&quot; is not a channel: channels start with one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="95"/>
        <source>&quot;%1&quot; is not a channel: the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="97"/>
        <source>&quot;%1&quot; is not a channel: longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="103"/>
        <source>&quot;%1&quot; is not a channel: it contains a space, comma or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="114"/>
        <source>an identifier cannot be empty: write nick, nick!user@host, #channel or #channel/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="137"/>
        <source>&quot;%1&quot; is not a hostmask: write it as nick!user@host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcIsupport</name>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="135"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="137"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="139"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="141"/>
        <source>half-operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="143"/>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcRegistration</name>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="77"/>
        <source>the server does not support SASL (no IRCv3 capabilities), so the account login cannot happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="89"/>
        <source>the server refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="94"/>
        <source>you are banned from this server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="126"/>
        <source>the server does not offer SASL, so the account login cannot happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="167"/>
        <source>the server refused to start SASL, so the account login cannot happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="205"/>
        <source>SASL login failed: wrong account name or password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="206"/>
        <source>SASL login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="216"/>
        <source>the server does not accept &quot;%1&quot; as a nick: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="220"/>
        <source>the nick %1 and its alternatives are all in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircregistration.cpp" line="226"/>
        <source>the nick %1 is in use; trying %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcRoom</name>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="48"/>
        <source>%1 already exists: the bot is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="57"/>
        <source>destroying a channel is not supported on IRC: a channel disappears when its last member leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="64"/>
        <source>cannot set the topic of %1: the bot is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="74"/>
        <source>cannot invite someone without a nick</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Local::LocalBackend</name>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="34"/>
        <source>Local (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="35"/>
        <source>A chat service simulated inside Botdeck, with rooms and people who talk on their own. Needs no server: for trying things out, demos and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="38"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="38"/>
        <source>The bot&apos;s nick on the local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="41"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="42"/>
        <source>Rooms to join after logging in, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="44"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="45"/>
        <source>Seed for the simulated people: the same seed gives the same events. Empty: random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="47"/>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="48"/>
        <source>How often the simulated people do something; 0 keeps them quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="49"/>
        <source>Crowd size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="50"/>
        <source>Fill the room #crowd with this many simulated people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="63"/>
        <source>local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="97"/>
        <source>Cannot log in: &quot;%1&quot; is not a valid nick (letters, digits and _-[]{}|^` only, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="113"/>
        <source>The nick %1 is in use; logged in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="114"/>
        <source>Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="201"/>
        <source>An identifier cannot be empty: write @account, nick, #room or #room/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="208"/>
        <location filename="../src/backends/local/localbackend.cpp" line="273"/>
        <source>&quot;%1&quot; is not a valid room: a room is # followed by letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="213"/>
        <source>&quot;%1&quot; is not a valid nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="219"/>
        <source>There is no room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="221"/>
        <source>Nobody called %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="228"/>
        <source>&quot;%1&quot; is not a valid account: an account is @ followed by lower-case letters, digits, ., - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="234"/>
        <source>There is nobody with the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="239"/>
        <source>&quot;%1&quot; is not an identifier: write @account, nick, #room or #room/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="244"/>
        <source>Nobody is using the nick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="258"/>
        <source>Cannot send a message to %1: it is not a room or person of the local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="327"/>
        <source>The local service is not running: connect first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="330"/>
        <source>Nobody simulated is using the nick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="332"/>
        <source>There is nothing to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="336"/>
        <source>%1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="387"/>
        <source>not connected to the local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="532"/>
        <source>%1 invites you to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Local::LocalRoom</name>
    <message>
        <location filename="../src/backends/local/localroom.cpp" line="73"/>
        <source>cannot invite %1: not a person of the local service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Local::LocalService</name>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="75"/>
        <source>A crowd of %1 simulated people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="79"/>
        <source>Guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="87"/>
        <source>&quot;%1&quot; is not a valid account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="89"/>
        <location filename="../src/backends/local/localservice.cpp" line="256"/>
        <source>&quot;%1&quot; is not a valid nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="91"/>
        <source>the account @%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="93"/>
        <location filename="../src/backends/local/localservice.cpp" line="259"/>
        <source>the nick %1 is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="103"/>
        <location filename="../src/backends/local/localservice.cpp" line="161"/>
        <location filename="../src/backends/local/localservice.cpp" line="194"/>
        <location filename="../src/backends/local/localservice.cpp" line="243"/>
        <location filename="../src/backends/local/localservice.cpp" line="254"/>
        <location filename="../src/backends/local/localservice.cpp" line="274"/>
        <location filename="../src/backends/local/localservice.cpp" line="285"/>
        <source>there is no account @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="163"/>
        <source>&quot;%1&quot; is not a valid room name: it must start with # and contain only letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="166"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="182"/>
        <source>only its owner, @%1, can destroy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="185"/>
        <source>the room was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="202"/>
        <source>%1 needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="203"/>
        <source>wrong password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="206"/>
        <source>already in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="217"/>
        <source>not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="228"/>
        <source>you must be in %1 to set its topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="241"/>
        <source>you must be in %1 to invite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="245"/>
        <source>@%1 is already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="287"/>
        <source>there is nothing to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="289"/>
        <source>the message is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="292"/>
        <source>there is no account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="300"/>
        <source>you are not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="345"/>
        <source>there is no room %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Local::LocalSimulation</name>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="159"/>
        <source>%1 said &quot;%2&quot; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="176"/>
        <source>see you later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="177"/>
        <source>%1 left %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="184"/>
        <source>%1 joined %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="195"/>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="202"/>
        <source>%1 is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="202"/>
        <source>%1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="213"/>
        <source>%1 set the topic of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localsimulation.cpp" line="223"/>
        <source>%1 told the bot &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::LoginDialog</name>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="40"/>
        <source>Remember this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="42"/>
        <source>Remember password (in the system keyring, never in the settings file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="48"/>
        <location filename="../src/ui/logindialog.cpp" line="79"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="52"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="54"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="56"/>
        <source>A name for this login, e.g. &quot;work IRC&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="62"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="207"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="337"/>
        <source>Password read from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::LoginField</name>
    <message>
        <location filename="../src/core/loginfield.cpp" line="28"/>
        <source>expected yes or no, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="101"/>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="114"/>
        <source>%1 must be a port number from 1 to 65535, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="121"/>
        <source>%1 must be a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="124"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="130"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="136"/>
        <source>%1 must be one of %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="139"/>
        <source>%1 has an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="148"/>
        <source>%1 is not a yes/no setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::MainWindow</name>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="60"/>
        <source>Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="82"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="83"/>
        <source>Occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="84"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="87"/>
        <source>Protocol traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="100"/>
        <source>The password is saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="143"/>
        <location filename="../src/ui/mainwindow.cpp" line="418"/>
        <source>The bot itself on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="147"/>
        <location filename="../src/ui/mainwindow.cpp" line="452"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="167"/>
        <source>There is no backend called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="217"/>
        <source>The plugin %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="231"/>
        <source>Bot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow.cpp" line="233"/>
        <source>%n bot warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="292"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="294"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="297"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="302"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="305"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="308"/>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="316"/>
        <source>&amp;Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="317"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="319"/>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="322"/>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="324"/>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="327"/>
        <source>Set &amp;topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="328"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="330"/>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="336"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="341"/>
        <source>Inspect the &amp;bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="343"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="370"/>
        <source>Conversation with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="384"/>
        <source>Select a room or a conversation first: there is nowhere to send this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="389"/>
        <source>The bot is not in %1: join it first (Room &gt; Join…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="406"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="415"/>
        <source>There is no connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="439"/>
        <source>Not connected: Connection &gt; Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="445"/>
        <source>  —  bot: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="456"/>
        <source>%1, lag %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="502"/>
        <location filename="../src/ui/mainwindow.cpp" line="522"/>
        <source>Connect first: Connection &gt; Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="505"/>
        <source>Join a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="505"/>
        <source>Room to join on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="525"/>
        <source>Create a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="525"/>
        <source>Room to create on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="543"/>
        <source>Select the room to destroy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="546"/>
        <source>Destroy a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="546"/>
        <source>This removes %1 for everyone. Type its name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="551"/>
        <source>Not destroyed: &quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="563"/>
        <source>Select the room to leave first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="570"/>
        <location filename="../src/ui/mainwindow.cpp" line="584"/>
        <source>Select a room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="573"/>
        <source>Set the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="573"/>
        <source>Topic of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="587"/>
        <source>Invite someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="587"/>
        <source>Who should be invited to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::MessageModel</name>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="36"/>
        <source>%1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="37"/>
        <source>%1 (%2) joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="40"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="40"/>
        <source>%1 left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="44"/>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="47"/>
        <source>The topic is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="48"/>
        <source>%1 set the topic to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="51"/>
        <source>You joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="51"/>
        <source>You left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="116"/>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::OccupantModel</name>
    <message>
        <location filename="../src/ui/models/occupantmodel.cpp" line="69"/>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::OccupantsPanel</name>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="33"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="116"/>
        <source>No room selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="118"/>
        <source>1 occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="118"/>
        <source>%1 occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="120"/>
        <source>%1 of 1 occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="121"/>
        <source>%1 of %2 occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="131"/>
        <source>Inspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="133"/>
        <source>Open a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="136"/>
        <source>Copy nick</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::PasswordVault</name>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="31"/>
        <source>The password was not saved: the system keyring refused access (%1). You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="34"/>
        <source>The system keyring refused access to the saved password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="36"/>
        <source>No password is saved in the system keyring for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="44"/>
        <source>The password was not saved: no system keyring (Secret Service or KWallet) is available, or it refused the password (%1). You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="48"/>
        <source>The saved password could not be read: no system keyring (Secret Service or KWallet) is available (%1). Type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="121"/>
        <source>The password was not saved: this build of Botdeck has no system keyring support (QtKeychain). You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/passwordvault.cpp" line="128"/>
        <source>The saved password could not be read: this build of Botdeck has no system keyring support (QtKeychain). Type it in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::PluginManager</name>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="36"/>
        <source>no plugin given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="40"/>
        <source>a plugin called %1 is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="65"/>
        <source>%1 is not a Botdeck plugin (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="69"/>
        <source>%1 was built for plugin interface %2; this Botdeck needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="75"/>
        <source>its root object is not a BotPlugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="78"/>
        <source>cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="85"/>
        <source>a plugin called %1 is already loaded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="97"/>
        <source>the plugin folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="145"/>
        <location filename="../src/core/bot/pluginmanager.cpp" line="173"/>
        <source>there is no plugin called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="147"/>
        <source>%1 is already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="153"/>
        <source>%1 has no storage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="158"/>
        <source>%1 failed to start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="160"/>
        <source>%1 failed to start with an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="175"/>
        <source>%1 is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="181"/>
        <source>%1 failed while stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginmanager.cpp" line="267"/>
        <source>%1 and %2 both offer the command %3; %1&apos;s is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::PluginStorage</name>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="78"/>
        <location filename="../src/core/bot/pluginstorage.cpp" line="90"/>
        <source>the disk is full: %1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="83"/>
        <source>the disk is full for this process: %1 could not be written because it would pass the file size limit of %2 bytes (ulimit -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="91"/>
        <source>the disk reported an input/output error on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="94"/>
        <source>%1 is not a database (it is not an SQLite file); move it away or delete it and the plugin starts with an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="98"/>
        <source>%1 is damaged (SQLite reports it as corrupt); restore it from a backup or move it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="101"/>
        <source>%1 is read-only, so nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="104"/>
        <source>%1 is locked by another program (waited %2 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="107"/>
        <source>permission to use %1 was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="109"/>
        <source>%1 cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="114"/>
        <source>the storage %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="123"/>
        <source>the data folder %1 cannot be used: it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="133"/>
        <source>the data folder %1 cannot be created: %2 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="137"/>
        <source>the data folder %1 cannot be created: no permission to write in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="138"/>
        <source>the data folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="144"/>
        <source>a plugin with no name cannot have a storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="147"/>
        <source>the plugin name &quot;%1&quot; cannot name a storage file (no leading dot, slash or backslash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="216"/>
        <source>no data folder is set for the storage of plugin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="221"/>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite), so plugins cannot store anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="257"/>
        <source>%1 cannot use write-ahead logging (journal mode is &quot;%2&quot;); the folder may be on a file system without shared memory support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="332"/>
        <location filename="../src/core/bot/pluginstorage.cpp" line="342"/>
        <source>a value of type %1 cannot be stored (Qt cannot serialise it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="370"/>
        <source>a transaction is already running in %1, and transactions do not nest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/pluginstorage.cpp" line="395"/>
        <location filename="../src/core/bot/pluginstorage.cpp" line="404"/>
        <source>%1; nothing of the transaction was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::PluginsPlugin</name>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="10"/>
        <source>Lists plugins and switches them on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="15"/>
        <source>Every plugin and its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="18"/>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="22"/>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="18"/>
        <source>Switches a plugin on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="22"/>
        <source>Switches a plugin off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="33"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="35"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="35"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="37"/>
        <source>Plugins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="43"/>
        <source>Which plugin? Say %1plugin activate &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="45"/>
        <source>%1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="45"/>
        <source>Cannot activate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="51"/>
        <source>Which plugin? Say %1plugin deactivate &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="53"/>
        <source>The Plugins plugin stays on: without it nothing could be switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="55"/>
        <source>%1 is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/pluginsplugin.cpp" line="55"/>
        <source>Cannot deactivate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::RoomsPlugin</name>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="24"/>
        <source>Which room? Say %1%2 &lt;room&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="56"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="67"/>
        <source>Joins, leaves, creates and inspects rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="84"/>
        <source>The rooms the bot knows and whether it is in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="86"/>
        <source>&lt;room&gt; [password]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="86"/>
        <source>Joins a room (creating it if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="88"/>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="89"/>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="94"/>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="95"/>
        <source>&lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="88"/>
        <source>Leaves a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="89"/>
        <source>Who is in a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="90"/>
        <source>&lt;room&gt; [new topic]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="90"/>
        <source>Shows or sets a room&apos;s topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="92"/>
        <source>&lt;room&gt; &lt;identifier&gt;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="92"/>
        <source>Invites people to a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="94"/>
        <source>Creates a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="95"/>
        <source>Destroys a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="104"/>
        <source>%1 (joined, %2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="105"/>
        <source>%1 (not joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="107"/>
        <source>I know no rooms yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="107"/>
        <source>Rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="116"/>
        <source>I am already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="120"/>
        <source>Everyone here can read that password now: tell it to me in a direct message instead. I did not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="125"/>
        <source>Joined %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="135"/>
        <source>I am not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="142"/>
        <source>Left %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="144"/>
        <source>asked to leave by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="153"/>
        <source>I am not in %1, so I cannot see who is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="166"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="167"/>
        <source>%1 has %n occupant(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="184"/>
        <source>%1 has no topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="185"/>
        <source>The topic of %1 is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="191"/>
        <source>The topic of %1 is already: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="195"/>
        <source>The topic of %1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="203"/>
        <source>Say %1room invite &lt;room&gt; &lt;identifier&gt;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="211"/>
        <source>I am not in %1, so I cannot invite anyone to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="222"/>
        <source>Cannot invite %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="226"/>
        <source>Cannot invite %1: it is a room, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="233"/>
        <source>Cannot invite %1: already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="240"/>
        <source>Invited %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="249"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="253"/>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="263"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="267"/>
        <source>Destroyed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::SocketTransport</name>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="50"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="94"/>
        <source>cannot start TLS: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="115"/>
        <source>connection refused by %1 (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="117"/>
        <source>the host %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="119"/>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="121"/>
        <source>the network to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="123"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="125"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::TrafficPanel</name>
    <message>
        <location filename="../src/ui/trafficpanel.cpp" line="21"/>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/trafficpanel.cpp" line="25"/>
        <source>Filter lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Transport</name>
    <message>
        <location filename="../src/backends/common/transport.cpp" line="15"/>
        <source>could not reach %1 within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/transport.cpp" line="38"/>
        <source>%1:%2 (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/transport.cpp" line="49"/>
        <source>this transport cannot switch to TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/tlspolicy.cpp" line="28"/>
        <source>the certificate is for the host name %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/tlspolicy.cpp" line="29"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/tlspolicy.cpp" line="53"/>
        <source>the server&apos;s certificate (SHA-256 %1) is not the trusted one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/tlspolicy.cpp" line="57"/>
        <source>certificate verification is OFF: accepting a certificate with problems (%1); anyone on the network path could read and change this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/tlspolicy.cpp" line="62"/>
        <source>the server&apos;s certificate cannot be trusted: %1 (to trust this certificate anyway, pin its fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::UtilsPlugin</name>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="37"/>
        <source>Small everyday commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="44"/>
        <source>&lt;text&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="44"/>
        <source>Says the text back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="45"/>
        <source>Echo what? Say %1echo &lt;text&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="51"/>
        <source>Shows every field of your identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="53"/>
        <source>How long the bot has been running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="55"/>
        <source>Connections, rooms, plugins and queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="84"/>
        <source>%1 d </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="86"/>
        <source>%1 h </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="87"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="88"/>
        <source>Up %1 (since %2 UTC), %3 command(s) run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="102"/>
        <source>%1 %2, %3 room(s) joined, %4 reply(ies) waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/utilsplugin.cpp" line="111"/>
        <source>Botdeck %1: %2; %3 of %4 plugins active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::WebSocketTransport</name>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="28"/>
        <source>%1 did not agree to speak %2 over WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="47"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="51"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="52"/>
        <source>the server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::ClientSession</name>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="41"/>
        <source>the server did not finish opening the session within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="167"/>
        <source>the server speaks an XMPP version older than 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="176"/>
        <source>the server closed the XMPP stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="204"/>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="244"/>
        <source>the server could not start TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="250"/>
        <source>the server refused to bind the resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="258"/>
        <source>the server bound an invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="279"/>
        <source>the server at %1 does not offer encryption; refusing to log in over a plain connection (the allow-plain setting permits this, for test servers on loopback only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="293"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="324"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="331"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="346"/>
        <source>Cannot log in as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="317"/>
        <source>the server sent a login step nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="360"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="369"/>
        <source>the server acknowledged more stanzas than were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="379"/>
        <source>the server refused stream management; stanzas may be lost on a drop-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::Errors</name>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="37"/>
        <source>another login with the same resource replaced this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="40"/>
        <source>the server does not serve this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="43"/>
        <source>the server refused the session (not authorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="46"/>
        <source>the server closed the connection for a policy violation (flooding?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="48"/>
        <source>the server is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="50"/>
        <source>the server timed the connection out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="52"/>
        <source>the server asks to connect to another host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="56"/>
        <source>the server could not parse what Botdeck sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="58"/>
        <source>the server is overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="60"/>
        <source>the server reset the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="62"/>
        <source>the server ended the stream (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="62"/>
        <location filename="../src/backends/xmpp/errors.cpp" line="102"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="65"/>
        <location filename="../src/backends/xmpp/errors.cpp" line="104"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="80"/>
        <source>the nick is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="82"/>
        <source>a password is required or the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="84"/>
        <source>only members may enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="86"/>
        <source>not allowed (banned, or not privileged enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="88"/>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="90"/>
        <source>the service does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="92"/>
        <source>the service is unavailable (or the room is full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="94"/>
        <source>the request is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="96"/>
        <source>the other server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="98"/>
        <source>the service did not understand the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="100"/>
        <source>the address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="102"/>
        <source>the service refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::Jid</name>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="28"/>
        <source>the part before @ is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="30"/>
        <source>the part before @ is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="33"/>
        <source>the part before @ may not contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="35"/>
        <source>the part before @ may not contain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="46"/>
        <source>the domain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="48"/>
        <source>the domain is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="52"/>
        <source>%1 is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="59"/>
        <source>the domain %1 has an empty label (two dots in a row?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="61"/>
        <source>the domain label %1 is longer than 63 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="65"/>
        <source>the domain may not contain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="74"/>
        <source>the resource after / is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="76"/>
        <source>the resource is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="79"/>
        <source>the resource may not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="89"/>
        <source>an XMPP address cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="98"/>
        <source>&quot;%1&quot; is not an XMPP address: nothing before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="100"/>
        <source>&quot;%1&quot; is not an XMPP address: nothing after the /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/jid.cpp" line="103"/>
        <source>&quot;%1&quot; is not an XMPP address: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::MucPresence</name>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="98"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="99"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="101"/>
        <source>the room was destroyed%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="103"/>
        <source>kicked%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="105"/>
        <source>banned%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="107"/>
        <source>removed because of an affiliation change%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="109"/>
        <source>removed because the room became members-only%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="111"/>
        <source>removed because the chat service is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="113"/>
        <source>removed because of a technical problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::Sasl</name>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="28"/>
        <source>the server only offers to take the password in clear text (PLAIN) over an unencrypted connection; refusing to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="32"/>
        <source>the server offers no login method Botdeck supports (it offers: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="33"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="48"/>
        <source>the server sent a challenge to a PLAIN login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="60"/>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="62"/>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="64"/>
        <source>the password has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="66"/>
        <source>the server requires an encrypted connection for this login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="68"/>
        <source>the server refused the login method (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="70"/>
        <source>the server considers the login method too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="72"/>
        <source>the server could not understand the login request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="74"/>
        <source>the server could not log us in right now (temporary failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="76"/>
        <source>the login was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="78"/>
        <source>the login failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="78"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/saslmechanism.cpp" line="79"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="80"/>
        <source>the server sent an unexpected second SCRAM challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="83"/>
        <source>the server&apos;s SCRAM challenge is implausibly long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="86"/>
        <source>the server asks for a SCRAM extension Botdeck does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="92"/>
        <source>the server&apos;s SCRAM nonce does not extend ours (a replayed or forged answer?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="94"/>
        <source>the server&apos;s SCRAM challenge has no salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="96"/>
        <source>the server asks for %1 SCRAM iterations; Botdeck accepts %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="123"/>
        <source>the server accepted the SCRAM login before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="127"/>
        <source>the server reports a SCRAM error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/scrammechanism.cpp" line="129"/>
        <source>the server could not prove that it knows the password (SCRAM server signature mismatch): it may be an impostor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::StreamParser</name>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="49"/>
        <source>a message of %1 bytes is larger than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="65"/>
        <source>a WebSocket message held an incomplete element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="85"/>
        <source>the server sent malformed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="91"/>
        <source>the server sent a document type declaration, which XMPP forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="94"/>
        <source>the server sent an entity reference (&amp;%1;), which XMPP forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="97"/>
        <source>the server sent an XML comment, which XMPP forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="100"/>
        <source>the server sent a processing instruction, which XMPP forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="117"/>
        <source>the server sent text outside of any stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="141"/>
        <source>the server did not open an XMPP stream (got &lt;%1/&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="159"/>
        <source>the server sent elements nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="189"/>
        <source>the server sent a stanza larger than the limit of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/streamparser.cpp" line="196"/>
        <source>the server sent malformed XML: bytes that are not valid UTF-8, which XMPP requires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::XmppBackend</name>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="130"/>
        <source>Cannot log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="132"/>
        <source>Cannot log in: the JID %1 has no user name (write user@%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="142"/>
        <source>Cannot log in as %1: no password (give it with --password-file, BOTDECK_PASSWORD or the login dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="176"/>
        <source>Cannot join &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="177"/>
        <source>a room is written room@service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="282"/>
        <source>Disconnected from %1: %2; trying again in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="339"/>
        <source>Not connected to %1: cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="419"/>
        <source>Not a room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="422"/>
        <source>&quot;%1&quot; is not a room: a room is written room@service (room@conference.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="487"/>
        <source>A message to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="525"/>
        <source>%1 invites you to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="617"/>
        <source>Cannot send to %1: the bot is not in that room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="632"/>
        <source>Cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="638"/>
        <source>Cannot send a message to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="643"/>
        <source>Not connected to %1: the message to %2 was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="665"/>
        <source>write alice@example.org, alice@example.org/phone, room@conference.example.org or room@conference.example.org/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="671"/>
        <source>An identifier cannot be empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="674"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="677"/>
        <source>%1 is a server, not a person or a room: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="685"/>
        <source>Nobody called %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="24"/>
        <source>XMPP (Jabber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="26"/>
        <source>An XMPP account, with 1:1 chat and multi-user chat rooms, over TCP (STARTTLS) or WebSocket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="27"/>
        <source>JID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="28"/>
        <source>The bot&apos;s XMPP address, user@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="31"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="32"/>
        <source>tcp (port 5222, STARTTLS) or websocket (RFC 7395)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="36"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="37"/>
        <source>The account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="38"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="39"/>
        <source>The server to connect to, when it is not the JID&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="40"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="41"/>
        <source>The server&apos;s port (default 5222; WebSocket 5281, or 5280 with allow-plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="43"/>
        <source>WebSocket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="44"/>
        <source>The path of the server&apos;s XMPP WebSocket endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="45"/>
        <source>Allow unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="46"/>
        <source>Log in even without TLS (for a test server on loopback only; never on a network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="47"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="48"/>
        <source>Check the server&apos;s TLS certificate (turn off only for testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="49"/>
        <source>Trusted fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="50"/>
        <source>SHA-256 fingerprint of a self-signed server certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="51"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="52"/>
        <source>The resource (device name) to log in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="53"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="54"/>
        <source>The bot&apos;s nick in rooms (default: the JID&apos;s user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="55"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="56"/>
        <source>Rooms to join after logging in, room@service, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::XmppRoom</name>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="82"/>
        <source>cannot create the room: it exists and the bot is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="99"/>
        <source>cannot destroy the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="113"/>
        <source>cannot set the topic: the bot is not in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="124"/>
        <source>cannot invite %1: not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="128"/>
        <source>cannot invite %1: their room hides their address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="133"/>
        <source>cannot invite %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="254"/>
        <source>%1; joining again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="263"/>
        <source>the bot is no longer in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="263"/>
        <source>the bot was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="290"/>
        <source>the nick %1 is in use; joining as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="299"/>
        <source>cannot join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="318"/>
        <source>cannot unlock the new room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="355"/>
        <source>self-ping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="364"/>
        <source>the bot dropped out of the room (%1); joining again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
