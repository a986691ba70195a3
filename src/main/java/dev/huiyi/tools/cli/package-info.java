/**
 * Tools, not library: the command line ({@code huiyi}), one thin picocli command per verb. User errors end in one
 * line on stderr and a documented exit code ({@link dev.huiyi.tools.cli.ExitCode}).
 */
package dev.huiyi.tools.cli;
