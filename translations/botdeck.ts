<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Botdeck::AccessControl</name>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="279"/>
        <source>%1 cannot be checked: the caller has no aclAttr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="300"/>
        <source>only admins may run %1; your aclAttr is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="331"/>
        <source>rule &quot;%1&quot; denies %2 to aclAttr %3 (deny_users pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="340"/>
        <source>rule &quot;%1&quot; denies %2 in room %3 (deny_rooms pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="346"/>
        <source>rule &quot;%1&quot; allows %2 only in direct messages, not in room %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="352"/>
        <source>rule &quot;%1&quot; allows %2 only in rooms, not in direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="369"/>
        <source>rule &quot;%1&quot; allows %2 only in rooms matching %3; %4 is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="381"/>
        <source>%1 is for admins only, and aclAttr %2 matches admin pattern &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="382"/>
        <source>aclAttr %1 matches admin pattern &quot;%2&quot;; admins may run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="395"/>
        <source>rule &quot;%1&quot; allows %2 only to aclAttr matching %3; your aclAttr %4 is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="401"/>
        <source>rule &quot;%1&quot; allows %2 to aclAttr %3 (allow_users pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="412"/>
        <source>rule &quot;%1&quot; allows %2 in room %3 (allow_rooms pattern &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="420"/>
        <source>no rule allows %1 to aclAttr %2, and everything not allowed is denied (deny_by_default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="424"/>
        <source>no rule restricts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="453"/>
        <source>%1: &quot;%2&quot; is not true or false; it is read as false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="469"/>
        <source>%1 is empty, which restricts nobody; to name nobody, leave the key out, and to refuse everybody write deny_users = *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="482"/>
        <source>%1: an empty pattern never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="486"/>
        <source>%1: pattern %2 is only spaces and never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="490"/>
        <source>%1: pattern %2 starts or ends with a space; patterns are never trimmed, so it can never match a real identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="498"/>
        <source>%1: pattern %2 makes everybody an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="505"/>
        <source>%1: pattern %2 looks like a nick, but users are matched on their whole aclAttr (&quot;@alice&quot;, &quot;alice!user@host&quot;, &quot;alice@example.org&quot;), never on a nick alone, so it will probably never match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="543"/>
        <source>; a rule for %1 is written [acl.%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="544"/>
        <source>[%1]: unknown group is ignored%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="556"/>
        <source>[acl]: unknown key &quot;%1&quot; is ignored; known keys: admins, deny_by_default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="563"/>
        <source>[%1]: the rule names no command or plugin and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="582"/>
        <source>[%1]: unknown key &quot;%2&quot; is ignored; known keys: allow_users, deny_users, allow_rooms, deny_rooms, direct_only, room_only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/accesscontrol.cpp" line="589"/>
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
        <location filename="../src/core/backend.cpp" line="23"/>
        <source>The send queue is full (%1 waiting); not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="49"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="51"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="53"/>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="55"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="57"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="59"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="80"/>
        <source>Not sent to %1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="116"/>
        <source>to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="137"/>
        <source>Not sent, because the bot is not back in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="239"/>
        <source>%1 cannot change the bot&apos;s nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="244"/>
        <source>%1 cannot say who %2 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="254"/>
        <source>%1 takes no raw protocol lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/backend.cpp" line="269"/>
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
        <location filename="../src/core/bot/bot.cpp" line="266"/>
        <source>there is no command called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="301"/>
        <source>The send queue of %1 is full (%2 waiting); not queued: reply to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="326"/>
        <source>Console operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="418"/>
        <source>You may not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="439"/>
        <source>I could not read the arguments of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="452"/>
        <source>Sorry, %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="507"/>
        <source>&quot;%1&quot; needs one more word: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="525"/>
        <source>Unknown command &quot;%1&quot;. Say %2help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="532"/>
        <source>Unknown command &quot;%1&quot;. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="532"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/bot.cpp" line="539"/>
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
        <location filename="../src/app/commandline.cpp" line="167"/>
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
        <location filename="../src/app/commandline.cpp" line="139"/>
        <location filename="../src/app/commandline.cpp" line="142"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="143"/>
        <source>Where plugins keep their storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="144"/>
        <location filename="../src/app/commandline.cpp" line="146"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="146"/>
        <source>A folder to load plugins from (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="148"/>
        <source>debug (with protocol traffic), info, warning or error (default info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="149"/>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="165"/>
        <source>Read %1 from the first line of this file (or set %2) (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="236"/>
        <source>%1 must not be written in the configuration file, where anyone who can read it sees it: use %2, --%3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="292"/>
        <source>--send-rate must be a number of messages per second, 0 or more; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="354"/>
        <source>  --%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="196"/>
        <source>Unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="95"/>
        <source>cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="138"/>
        <source>Protocol messages (IRC lines) per second per connection; 0 = unlimited (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="141"/>
        <source>Protocol messages that may go at once after a quiet spell (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="202"/>
        <source>cannot read the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="205"/>
        <source>the configuration file %1 is not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="213"/>
        <source>--screenshot needs the console, not --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="244"/>
        <source>the configuration file has a setting backend/%1 that the %2 backend does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="299"/>
        <source>--send-burst must be a whole number, 1 or more; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="307"/>
        <source>--log-level must be one of %1; got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="313"/>
        <source>unknown_commands_in_rooms must be reply or silent; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="320"/>
        <source>command_timeout must be a whole number of seconds, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="340"/>
        <source>the configuration file has an unknown setting bot/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/commandline.cpp" line="359"/>
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
        <location filename="../src/ui/models/connectionmodel.cpp" line="318"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/connectionmodel.cpp" line="331"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Last error: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/connectionmodel.cpp" line="354"/>
        <location filename="../src/ui/models/connectionmodel.cpp" line="375"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/connectionmodel.cpp" line="372"/>
        <source>%1 unread, %2 naming the bot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::ConversationDelegate</name>
    <message>
        <location filename="../src/ui/conversationdelegate.cpp" line="142"/>
        <source>new messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::ConversationPanel</name>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="71"/>
        <source>Find in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="83"/>
        <source>Older match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="84"/>
        <source>Newer match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="87"/>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="170"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="185"/>
        <source>No older match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="185"/>
        <source>No newer match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="202"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="236"/>
        <source>Select a room or a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="243"/>
        <source>%1: no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="244"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="246"/>
        <source> (not joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="248"/>
        <source>Set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="259"/>
        <source>Inspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/conversationpanel.cpp" line="262"/>
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
        <location filename="../src/core/eventlog.cpp" line="76"/>
        <source>-- topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="70"/>
        <source>-- the room was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="73"/>
        <source>-- the room was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="77"/>
        <source>-- topic: %1 (set by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="80"/>
        <source>--&gt; %1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="82"/>
        <source>&lt;-- %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="82"/>
        <source>&lt;-- %1 left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eventlog.cpp" line="86"/>
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
        <location filename="../src/ui/inspectorpanel.cpp" line="26"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="26"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="59"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="74"/>
        <source>Select an occupant, a message or a connection to see who is behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="78"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="79"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="80"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="81"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="82"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="83"/>
        <source>ACL attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="84"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="86"/>
        <source>Reachable privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="107"/>
        <source>%1 — no longer in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="163"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="165"/>
        <source>occupant (a person in a room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="167"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="171"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="185"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="189"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/inspectorpanel.cpp" line="190"/>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcBackend</name>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="66"/>
        <source>IRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="67"/>
        <source>Internet Relay Chat, with IRCv3 capabilities and SASL, over TCP, TLS or WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="68"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="69"/>
        <source>The IRC server&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="71"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="72"/>
        <source>Empty: 6667, or 6697 with TLS, or 80/443 for WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="74"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="75"/>
        <source>tcp: the classic IRC connection; websocket: IRC over WebSocket (text.ircv3.net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="77"/>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="78"/>
        <source>Encrypt the connection (TLS, or wss:// for WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="79"/>
        <source>WebSocket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="80"/>
        <source>The path of the WebSocket endpoint on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="82"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="83"/>
        <source>Check the server&apos;s TLS certificate; turning this off lets anyone on the network path read and change the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="86"/>
        <source>Trusted fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="87"/>
        <source>SHA-256 fingerprint of a certificate to trust even if it is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="88"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="88"/>
        <source>The bot&apos;s nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="90"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="91"/>
        <source>The user part of the bot&apos;s hostmask; empty: the nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="92"/>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="93"/>
        <source>Shown in WHO and WHOIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="94"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="95"/>
        <source>The server password (PASS), if the server needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="96"/>
        <source>SASL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="97"/>
        <source>Log in to a services account: plain (account and password) or external (TLS client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="101"/>
        <source>SASL account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="101"/>
        <source>The services account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="103"/>
        <source>SASL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="103"/>
        <source>The services account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="105"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="106"/>
        <source>Channels to join after logging in, separated by commas; a key after a space (&quot;#a, #secret key&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="109"/>
        <source>Ping interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="110"/>
        <source>Seconds of silence before the bot pings the server; no answer within as many seconds again means the link is dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="115"/>
        <source>Rejoin after kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="116"/>
        <source>Seconds to wait before rejoining a channel the bot was kicked from; 0: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="118"/>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="119"/>
        <source>Seconds to wait for the server to accept the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="215"/>
        <source>Botdeck signing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="381"/>
        <source>cannot change the nick to %1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="391"/>
        <source>cannot ask who %1 is: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="408"/>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="412"/>
        <source>not sent: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="326"/>
        <source>Not sent to %1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="332"/>
        <source>Not sent: the message has no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircbackend.cpp" line="375"/>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irceventhandler.cpp" line="127"/>
        <source>kicked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irceventhandler.cpp" line="128"/>
        <source>kicked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irceventhandler.cpp" line="133"/>
        <source>the bot was kicked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/irceventhandler.cpp" line="261"/>
        <source>%1 invites you to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="61"/>
        <source>Cannot change the nick to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="74"/>
        <source>cannot join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="76"/>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="91"/>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="95"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="82"/>
        <source>the bot is not an operator in %1, so the server refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="106"/>
        <source>cannot ask who %1 is: %2 questions are still unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="131"/>
        <source>the server listed more than %1 people without ending the list; ignoring the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircnumerichandler.cpp" line="169"/>
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
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="75"/>
        <source>a nick cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="77"/>
        <source>&quot;%1&quot; is longer than the %2 characters this server allows in a nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="82"/>
        <source>&quot;%1&quot; is not a valid nick: it must start with a letter or one of []\`_^{|}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="87"/>
        <source>&quot;%1&quot; is not a valid nick: &apos;%2&apos; is not allowed (letters, digits and []\`_^{|}- only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="96"/>
        <source>&quot;%1&quot; is not a channel: channels start with one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="99"/>
        <source>&quot;%1&quot; is not a channel: the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="101"/>
        <source>&quot;%1&quot; is not a channel: longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="107"/>
        <source>&quot;%1&quot; is not a channel: it contains a space, comma or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="118"/>
        <source>an identifier cannot be empty: write nick, nick!user@host, #channel or #channel/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircidentifiers.cpp" line="141"/>
        <source>&quot;%1&quot; is not a hostmask: write it as nick!user@host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcIsupport</name>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="153"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="155"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="157"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="159"/>
        <source>half-operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircisupport.cpp" line="161"/>
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
        <location filename="../src/backends/irc/ircroom.cpp" line="51"/>
        <source>%1 already exists: the bot is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="60"/>
        <source>destroying a channel is not supported on IRC: a channel disappears when its last member leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="67"/>
        <source>cannot set the topic of %1: the bot is not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="77"/>
        <source>cannot invite someone without a nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="114"/>
        <source>cannot do that to someone without a nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircroom.cpp" line="118"/>
        <source>the bot is not in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Irc::IrcSession</name>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="32"/>
        <source>the server did not complete the login within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="75"/>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/backends/irc/ircsession.cpp" line="101"/>
        <source>dropped %n line(s) from the server longer than %1 bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="104"/>
        <source>the server sent more than %1 MiB without a line end; that is not IRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="120"/>
        <source>Ignored a line from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="180"/>
        <source>the server refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="183"/>
        <source>the server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="183"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="201"/>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="208"/>
        <source>%1. Reconnecting in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="224"/>
        <source>ping timeout: the server did not answer for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="254"/>
        <source>Cannot log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="282"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircsession.cpp" line="287"/>
        <source>Sending a line of %1 bytes; the server may cut it at 512</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Local::LocalBackend</name>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="35"/>
        <source>Local (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="36"/>
        <source>A chat service simulated inside Botdeck, with rooms and people who talk on their own. Needs no server: for trying things out, demos and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="39"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="39"/>
        <source>The bot&apos;s nick on the local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="42"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="43"/>
        <source>Rooms to join after logging in, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="45"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="46"/>
        <source>Seed for the simulated people: the same seed gives the same events. Empty: random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="49"/>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="50"/>
        <source>How often the simulated people do something; 0 keeps them quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="52"/>
        <source>Crowd size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="53"/>
        <source>Fill the room #crowd with this many simulated people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="67"/>
        <source>local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="101"/>
        <source>Cannot log in: &quot;%1&quot; is not a valid nick (letters, digits and _-[]{}|^` only, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="117"/>
        <source>The nick %1 is in use; logged in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="118"/>
        <source>Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="208"/>
        <source>An identifier cannot be empty: write @account, nick, #room or #room/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="215"/>
        <location filename="../src/backends/local/localbackend.cpp" line="280"/>
        <source>&quot;%1&quot; is not a valid room: a room is # followed by letters, digits, - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="220"/>
        <source>&quot;%1&quot; is not a valid nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="226"/>
        <source>There is no room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="228"/>
        <source>Nobody called %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="235"/>
        <source>&quot;%1&quot; is not a valid account: an account is @ followed by lower-case letters, digits, ., - or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="241"/>
        <source>There is nobody with the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="246"/>
        <source>&quot;%1&quot; is not an identifier: write @account, nick, #room or #room/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="251"/>
        <source>Nobody is using the nick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="265"/>
        <source>Cannot send a message to %1: it is not a room or person of the local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="339"/>
        <source>The local service is not running: connect first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="342"/>
        <source>Nobody simulated is using the nick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="344"/>
        <source>There is nothing to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="348"/>
        <source>%1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="403"/>
        <source>there is no account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="416"/>
        <source>not connected to the local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localbackend.cpp" line="564"/>
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
        <location filename="../src/backends/local/localservice.cpp" line="290"/>
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
        <location filename="../src/backends/local/localservice.cpp" line="293"/>
        <source>the nick %1 is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="103"/>
        <location filename="../src/backends/local/localservice.cpp" line="161"/>
        <location filename="../src/backends/local/localservice.cpp" line="194"/>
        <location filename="../src/backends/local/localservice.cpp" line="243"/>
        <location filename="../src/backends/local/localservice.cpp" line="288"/>
        <location filename="../src/backends/local/localservice.cpp" line="308"/>
        <location filename="../src/backends/local/localservice.cpp" line="319"/>
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
        <location filename="../src/backends/local/localservice.cpp" line="256"/>
        <source>only the owner of %1, @%2, can kick people from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="258"/>
        <source>@%1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="261"/>
        <source>kicked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="261"/>
        <source>kicked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="272"/>
        <source>%1 is @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="273"/>
        <source>%1 is @%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="275"/>
        <source>%1 speaks from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="277"/>
        <source>%1 is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="279"/>
        <source>%1 is in no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="280"/>
        <source>%1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="321"/>
        <source>there is nothing to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="323"/>
        <source>the message is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="326"/>
        <source>there is no account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="334"/>
        <source>you are not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/local/localservice.cpp" line="379"/>
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
        <location filename="../src/ui/logindialog.cpp" line="49"/>
        <source>Remember this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="51"/>
        <source>Remember password (in the system keyring, never in the settings file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="57"/>
        <location filename="../src/ui/logindialog.cpp" line="108"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="61"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="63"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="65"/>
        <source>A name for this login, e.g. &quot;work IRC&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="71"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="275"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="286"/>
        <source>Advanced settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="334"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/logindialog.cpp" line="455"/>
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
        <location filename="../src/core/loginfield.cpp" line="108"/>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="121"/>
        <source>%1 must be a port number from 1 to 65535, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="128"/>
        <source>%1 must be a number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="131"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="137"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="143"/>
        <source>%1 must be one of %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="146"/>
        <source>%1 has an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/loginfield.cpp" line="155"/>
        <source>%1 is not a yes/no setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::MainWindow</name>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="83"/>
        <source>Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="128"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="129"/>
        <source>Occupants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="130"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="133"/>
        <source>Protocol traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="146"/>
        <source>The password is saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="200"/>
        <location filename="../src/ui/mainwindow.cpp" line="1096"/>
        <source>The bot itself on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="204"/>
        <location filename="../src/ui/mainwindow.cpp" line="848"/>
        <location filename="../src/ui/mainwindow.cpp" line="1130"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="228"/>
        <source>There is no backend called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="274"/>
        <source>The plugin %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="288"/>
        <source>Bot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow.cpp" line="290"/>
        <source>%n bot warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="460"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="462"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="465"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="376"/>
        <location filename="../src/ui/mainwindow.cpp" line="470"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="362"/>
        <source>&amp;Close the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="377"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="378"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="436"/>
        <source>Quit Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow.cpp" line="437"/>
        <source>%n connection(s) are still live. Sign off and quit?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="476"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="480"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="483"/>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="491"/>
        <source>&amp;Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="492"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="494"/>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="497"/>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="499"/>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="502"/>
        <source>Set &amp;topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="503"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="505"/>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="513"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="518"/>
        <source>&amp;Find in conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="521"/>
        <source>Inspect the &amp;bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="523"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="525"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="527"/>
        <source>&amp;About Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="528"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="546"/>
        <source>About Botdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="549"/>
        <source>&lt;h3&gt;Botdeck %1&lt;/h3&gt;&lt;p&gt;A chat bot with a desktop console, for IRC, XMPP and a built-in local service.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Free software under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://example.org/botdeck&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;https://errbot.readthedocs.io/en/latest/user_guide/backend_development.html&quot;&gt;The backend model it follows (Errbot)&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="585"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="594"/>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="597"/>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="599"/>
        <source>&amp;Switch to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="602"/>
        <source>Next p&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="604"/>
        <source>Previous pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="606"/>
        <source>&amp;Type a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="717"/>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="723"/>
        <source>Conversation with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="757"/>
        <source>Select a room or a conversation first: there is nowhere to send this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="762"/>
        <source>The bot is not in %1: join it first (Room &gt; Join…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="831"/>
        <source>Select a room first: /%1 acts on the current room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="844"/>
        <source>There is no command /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="854"/>
        <source>Commands: %1. //text sends &quot;/text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="905"/>
        <source>Select a room first, or name it: /invite nick #room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="964"/>
        <source>%1 (to you only): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="972"/>
        <source>%1 takes no raw protocol lines: /quote works on IRC only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="978"/>
        <source>Send a raw line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="979"/>
        <source>Send this line to %1 exactly as written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="985"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="992"/>
        <source>Not sent: the connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="999"/>
        <source>Sent to the server as a raw line: %1 … (the traffic panel shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1013"/>
        <source>%1 has no topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1014"/>
        <source>Topic of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1023"/>
        <source>Nobody called %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1032"/>
        <source>%1 cannot kick people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1052"/>
        <source>%1 cannot do /mode %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1067"/>
        <source>%1 understands /mode +o, -o, +v, -v and +b with a nick, where the room has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1080"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1092"/>
        <source>There is no connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1117"/>
        <source>Not connected: Connection &gt; Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1123"/>
        <source>  —  bot: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1134"/>
        <source>%1, lag %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="826"/>
        <location filename="../src/ui/mainwindow.cpp" line="1203"/>
        <location filename="../src/ui/mainwindow.cpp" line="1210"/>
        <source>Connect first: Connection &gt; Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1203"/>
        <source>Join a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1204"/>
        <source>Room to join on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1210"/>
        <source>Create a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1211"/>
        <source>Room to create on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1221"/>
        <source>Select the room to destroy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1221"/>
        <source>Destroy a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1222"/>
        <source>This removes %1 for everyone. Type its name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1225"/>
        <source>Not destroyed: &quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1237"/>
        <source>Select the room to leave first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1243"/>
        <location filename="../src/ui/mainwindow.cpp" line="1249"/>
        <source>Select a room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1243"/>
        <source>Set the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1243"/>
        <source>Topic of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1249"/>
        <source>Invite someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="1249"/>
        <source>Who should be invited to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::MessageModel</name>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="44"/>
        <source>%1 joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="45"/>
        <source>%1 (%2) joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="55"/>
        <source>You were kicked from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="57"/>
        <source>You were kicked from %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="59"/>
        <source>%1 was kicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="61"/>
        <source>%1 was kicked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="62"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="70"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="70"/>
        <source>%1 left (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="74"/>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="81"/>
        <source>The server sets mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="82"/>
        <source>%1 sets mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="89"/>
        <source>There is no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="89"/>
        <source>%1 cleared the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="91"/>
        <source>The topic is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="93"/>
        <source>The topic is: %1 (set by %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="96"/>
        <source>%1 set the topic to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="101"/>
        <source>You joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="101"/>
        <source>You left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="110"/>
        <source>%1 is now an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="110"/>
        <source>%1 is no longer an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="111"/>
        <source>%1 may speak now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="111"/>
        <source>%1 may no longer speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="114"/>
        <source>%1 gives operator status to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="115"/>
        <source>%1 takes operator status from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="116"/>
        <source>%1 gives voice to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="116"/>
        <source>%1 takes voice from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/models/messagemodel.cpp" line="250"/>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::OccupantModel</name>
    <message>
        <location filename="../src/ui/models/occupantmodel.cpp" line="74"/>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::OccupantsPanel</name>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="40"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="125"/>
        <source>No room selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="130"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="130"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="132"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="141"/>
        <source>1 operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="141"/>
        <source>%1 operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="143"/>
        <source>1 half-operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="143"/>
        <source>%1 half-operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="145"/>
        <source>%1 voiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="147"/>
        <location filename="../src/ui/occupantspanel.cpp" line="187"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="158"/>
        <source>Inspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="160"/>
        <source>Open a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="163"/>
        <source>Who is %1? (whois)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="165"/>
        <source>Copy nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="191"/>
        <source>the bot is not an operator here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="194"/>
        <source>Take operator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="194"/>
        <source>Give operator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="204"/>
        <source>Take voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="204"/>
        <source>Give voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="213"/>
        <source>Kick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/occupantspanel.cpp" line="219"/>
        <source>Ban %1</source>
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
    <name>Botdeck::QuickSwitcher</name>
    <message>
        <location filename="../src/ui/quickswitcher.cpp" line="28"/>
        <source>Go to a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/quickswitcher.cpp" line="38"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/quickswitcher.cpp" line="48"/>
        <source>Room or person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Room</name>
    <message>
        <location filename="../src/core/room.cpp" line="132"/>
        <source>%1 cannot kick people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/room.cpp" line="135"/>
        <source>%1 cannot ban people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/room.cpp" line="138"/>
        <source>%1 cannot give or take operator status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/room.cpp" line="141"/>
        <source>%1 cannot give or take voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::RoomsPlugin</name>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="29"/>
        <source>Which room? Say %1%2 &lt;room&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="61"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="72"/>
        <source>Joins, leaves, creates and inspects rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="89"/>
        <source>The rooms the bot knows and whether it is in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="91"/>
        <source>&lt;room&gt; [password]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="91"/>
        <source>Joins a room (creating it if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="93"/>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="100"/>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="101"/>
        <source>&lt;room&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="93"/>
        <source>Leaves a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="94"/>
        <source>[room]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="94"/>
        <source>Who is in a room (this one when none is named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="96"/>
        <source>[room] [new topic]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="97"/>
        <source>Shows or sets a room&apos;s topic (this one&apos;s when none is named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="98"/>
        <source>&lt;room&gt; &lt;identifier&gt;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="98"/>
        <source>Invites people to a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="100"/>
        <source>Creates a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="101"/>
        <source>Destroys a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="110"/>
        <source>%1 (joined, %2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="111"/>
        <source>%1 (not joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="113"/>
        <source>I know no rooms yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="113"/>
        <source>Rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="122"/>
        <source>I am already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="126"/>
        <source>Everyone here can read that password now: tell it to me in a direct message instead. I did not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="131"/>
        <source>Joined %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="141"/>
        <source>I am not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="148"/>
        <source>Left %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="150"/>
        <source>asked to leave by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="159"/>
        <source>I am not in %1, so I cannot see who is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="172"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="173"/>
        <source>%1 has %n occupant(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="190"/>
        <source>%1 has no topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="191"/>
        <source>The topic of %1 is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="197"/>
        <source>The topic of %1 is already: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="201"/>
        <source>The topic of %1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="209"/>
        <source>Say %1room invite &lt;room&gt; &lt;identifier&gt;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="217"/>
        <source>I am not in %1, so I cannot invite anyone to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="228"/>
        <source>Cannot invite %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="232"/>
        <source>Cannot invite %1: it is a room, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="239"/>
        <source>Cannot invite %1: already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="246"/>
        <source>Invited %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="255"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="259"/>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="269"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/bot/plugins/roomsplugin.cpp" line="273"/>
        <source>Destroyed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::SettingsDialog</name>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="19"/>
        <source>Give each nick its own colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="22"/>
        <source>Log in again with the last profile when the console starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="31"/>
        <source>How each line&apos;s time is written, in Qt&apos;s QTime format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="33"/>
        <source>Time of each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="38"/>
        <source>Nicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="41"/>
        <source>The desktop&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="42"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="44"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="47"/>
        <source>Said to the servers when the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="48"/>
        <source>Quit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="51"/>
        <source>On start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/settingsdialog.cpp" line="77"/>
        <source>A line now would start with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::SocketTransport</name>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="52"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="92"/>
        <source>cannot start TLS: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="103"/>
        <source>connection refused by %1 (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="105"/>
        <source>the host %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="107"/>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="109"/>
        <source>the network to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="111"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/sockettransport.cpp" line="113"/>
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
        <location filename="../src/backends/common/websockettransport.cpp" line="52"/>
        <source>%1 did not agree to speak %2 over WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="94"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="95"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="96"/>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="98"/>
        <source>%1 refused the WebSocket connection (%2): its allowed origins do not include %3, the origin the bot sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="102"/>
        <source>%1 refused the WebSocket connection (%2): is the WebSocket path right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="104"/>
        <source>%1 refused the WebSocket connection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="75"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/common/websockettransport.cpp" line="76"/>
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
        <location filename="../src/backends/xmpp/clientsession.cpp" line="175"/>
        <source>the server speaks an XMPP version older than 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="184"/>
        <source>the server closed the XMPP stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="212"/>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="252"/>
        <source>the server could not start TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="258"/>
        <source>the server refused to bind the resource %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="266"/>
        <source>the server bound an invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="287"/>
        <source>the server at %1 does not offer encryption, so the bot did not log in (tick &quot;Allow unencrypted&quot; only for a test server on loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="304"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="335"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="342"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="357"/>
        <source>Cannot log in as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="328"/>
        <source>the server sent a login step nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="371"/>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="380"/>
        <source>the server acknowledged more stanzas than were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/clientsession.cpp" line="392"/>
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
        <location filename="../src/backends/xmpp/errors.cpp" line="55"/>
        <source>the server could not parse what Botdeck sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="57"/>
        <source>the server is overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="59"/>
        <source>the server reset the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="61"/>
        <source>the server ended the stream (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="61"/>
        <location filename="../src/backends/xmpp/errors.cpp" line="101"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="64"/>
        <location filename="../src/backends/xmpp/errors.cpp" line="103"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="79"/>
        <source>the nick is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="81"/>
        <source>a password is required or the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="83"/>
        <source>only members may enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="85"/>
        <source>not allowed (banned, or not privileged enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="87"/>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="89"/>
        <source>the service does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="91"/>
        <source>the service is unavailable (or the room is full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="93"/>
        <source>the request is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="95"/>
        <source>the other server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="97"/>
        <source>the service did not understand the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="99"/>
        <source>the address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/errors.cpp" line="101"/>
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
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="108"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="109"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="111"/>
        <source>the room was destroyed%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="113"/>
        <source>kicked%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="115"/>
        <source>banned%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="117"/>
        <source>removed because of an affiliation change%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="119"/>
        <source>removed because the room became members-only%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="121"/>
        <source>removed because the chat service is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/mucpresence.cpp" line="123"/>
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
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="141"/>
        <source>Cannot log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="143"/>
        <source>Cannot log in: the JID %1 has no user name (write user@%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="153"/>
        <source>Cannot log in as %1: no password (give it with --password-file, BOTDECK_PASSWORD or the login dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="188"/>
        <source>Cannot join &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="189"/>
        <source>a room is written room@service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="307"/>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="349"/>
        <source>&quot;%1&quot; cannot be a room nick: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="349"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="375"/>
        <source>Not connected to %1: cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="472"/>
        <source>Not a room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="475"/>
        <source>&quot;%1&quot; is not a room: a room is written room@service (room@conference.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="541"/>
        <source>A message to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="586"/>
        <source>%1 invites you to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="671"/>
        <source>Cannot send to %1: the bot is not in that room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="686"/>
        <source>Cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="692"/>
        <source>Cannot send a message to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="697"/>
        <source>Not connected to %1: the message to %2 was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="719"/>
        <source>write alice@example.org, alice@example.org/phone, room@conference.example.org or room@conference.example.org/nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="725"/>
        <source>An identifier cannot be empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="728"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="731"/>
        <source>%1 is a server, not a person or a room: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppbackend.cpp" line="739"/>
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
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="41"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="42"/>
        <source>The server&apos;s port (default 5222; WebSocket 5281, or 5280 with &quot;Allow unencrypted&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="48"/>
        <source>Log in even without TLS: the password then crosses the connection unprotected, in clear text (PLAIN) when the server offers nothing better. For a test server on loopback only; never on a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="44"/>
        <source>WebSocket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="45"/>
        <source>The path of the server&apos;s XMPP WebSocket endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="47"/>
        <source>Allow unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="51"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="52"/>
        <source>Check the server&apos;s TLS certificate (turn off only for testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="53"/>
        <source>Trusted fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="54"/>
        <source>SHA-256 fingerprint of a self-signed server certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="55"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="56"/>
        <source>The resource (device name) to log in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="57"/>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="58"/>
        <source>The bot&apos;s nick in rooms (default: the JID&apos;s user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="59"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmppdescriptor.cpp" line="60"/>
        <source>Rooms to join after logging in, room@service, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Botdeck::Xmpp::XmppRoom</name>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="84"/>
        <source>cannot create the room: it exists and the bot is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="101"/>
        <source>cannot destroy the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="115"/>
        <source>cannot set the topic: the bot is not in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="126"/>
        <source>cannot invite %1: not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="130"/>
        <source>cannot invite %1: their room hides their address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="135"/>
        <source>cannot invite %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="153"/>
        <source>kick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="161"/>
        <source>cannot ban %1: the room hides their address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="166"/>
        <source>cannot ban %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="172"/>
        <source>ban %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="178"/>
        <source>make %1 a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="180"/>
        <source>give %1 voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="186"/>
        <source>take moderator from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="188"/>
        <source>take voice from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="202"/>
        <source>cannot %1: the bot is not in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="214"/>
        <source>cannot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="359"/>
        <source>%1; joining again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="368"/>
        <source>the bot is no longer in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="368"/>
        <source>the bot was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="421"/>
        <source>the nick %1 is in use; joining as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="430"/>
        <source>cannot join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="449"/>
        <source>cannot unlock the new room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="486"/>
        <source>self-ping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/xmpp/xmpproom.cpp" line="495"/>
        <source>the bot dropped out of the room (%1); joining again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IrcWhoisReplies</name>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="83"/>
        <source>an empty line is no IRC command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="123"/>
        <source>%1 is away: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="126"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="126"/>
        <source>%1 is %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="129"/>
        <source>%1 is connected to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="131"/>
        <source>%1 is an IRC operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="133"/>
        <source>%1 has been idle for %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="138"/>
        <source>%1, connected since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="142"/>
        <source>%1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="144"/>
        <source>%1 is logged in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="146"/>
        <source>Nobody is called %1 on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/backends/irc/ircoperatorcommands.cpp" line="148"/>
        <source>%1 is using a secure connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlashCommand</name>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="11"/>
        <source>/join #room [key]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="11"/>
        <source>Joins a room, with its key if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="12"/>
        <source>/part [reason]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="12"/>
        <source>Leaves the current room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="16"/>
        <source>/nick newnick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="17"/>
        <source>Changes the bot&apos;s nick (on XMPP, its nick in every room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="18"/>
        <source>/msg target text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="18"/>
        <source>Sends text to a person or a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="22"/>
        <source>/query nick [text]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="23"/>
        <source>Opens the direct conversation with nick, and sends text there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="24"/>
        <source>/me action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="24"/>
        <source>Sends an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="28"/>
        <source>/say text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="29"/>
        <source>Says text as it is; /say !command runs the command so that the bot answers in the conversation for everyone (a plain !command is answered to you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="34"/>
        <source>/topic [new topic]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="35"/>
        <source>Sets the current room&apos;s topic; without a topic, shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="39"/>
        <source>/mode +o|-o|+v|-v|+b nick, or /mode modes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="40"/>
        <source>Gives or takes operator status or voice, or bans, in the current room; on IRC other modes go to the server as MODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="42"/>
        <source>/kick nick [reason]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="42"/>
        <source>Removes someone from the current room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="46"/>
        <source>/whois nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="47"/>
        <source>Asks the service who someone is; the answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="51"/>
        <source>/away [message]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="52"/>
        <source>Marks the bot away with message; without a message, back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="56"/>
        <source>/invite nick [#room]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="57"/>
        <source>Invites someone to a room, the current one by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="61"/>
        <source>/quote line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="62"/>
        <source>IRC only: sends a raw protocol line, after asking for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="63"/>
        <source>/clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="63"/>
        <source>Clears the conversation view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="64"/>
        <source>/help [command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="64"/>
        <source>Lists the commands, or explains one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="101"/>
        <source>Unknown command /%1: /help lists them; //%1 sends the text &quot;/%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/slashcommand.cpp" line="107"/>
        <source>Usage: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
