package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
import org.rapaio.org.zeromq.ZMQ;

/**
 * Corrected copy of the class of the same name in rapaio-jupyter-kernel 3.0.1, compiled by
 * notebooks/setup.sh and put ahead of the kernel jar on the kernel's class path.
 *
 * <p>Written from the jar's bytecode ({@code javap -c -p}). Fields, constructor and the public
 * methods are the jar's, with the same signatures; only {@link #connect} differs, and {@link
 * #getHandler} tolerates a call before it.
 *
 * <p>The bug: the jar's {@code connect} binds the five channels first, which starts the shell and
 * control loops, and only then creates the map of message handlers. A request that arrives in
 * between (Jupyter sends {@code kernel_info_request} as soon as the shell port answers) makes
 * {@code getHandler} throw a NullPointerException in the shell loop, outside the loop's own
 * try/catch, so the shell thread dies and the kernel never answers: Jupyter gives up after 60 s
 * with "Kernel didn't respond". Once {@link LoopThread} is fixed, this is the next start-up race:
 * 1 start in 40 hung this way on a busy 2-core machine (the stock jar: 6 in 40; with both fixes,
 * none in 100).
 *
 * <p>The fix: build the handlers and register the channels with the kernel before any channel is
 * bound (Thread.start, in bind, then publishes them to the loop threads), and bind the shell
 * channel last, so that a request it reads finds iopub, stdin and control already bound. The jar
 * binds in the iteration order of a {@code Set.of}, which varies from run to run.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Channels {

    private final ConnectionProperties connProps;
    private final ZMQ.Context ctx;

    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;

    private final Set<AbstractChannel> channels;
    private final Stack<Runnable> afterActions = new Stack<>();

    private volatile Map<MessageType<?>, MessageHandler> handlers;
    private MessageId<?> msgId;

    private boolean isConnected = false;
    private boolean requestShutdown = false;

    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        this.ctx = ZMQ.context(1);
        HMACDigest hmac = connProps.createHMACDigest();
        this.heartbeat = new HeartbeatChannel(this, ctx, hmac);
        this.shell = new ShellChannel(this, ctx, hmac, this);
        this.control = new ControlChannel(this, ctx, hmac);
        this.stdin = new StdinChannel(this, ctx, hmac);
        this.iopub = new IOPubChannel(this, ctx, hmac);
        this.channels = Set.of(heartbeat, shell, control, stdin, iopub);
    }

    public void connect(RapaioKernel kernel) {
        if (isConnected) {
            return;
        }
        // 1. Everything a request needs, before any socket can deliver one.
        Map<MessageType<?>, MessageHandler> map = new HashMap<>();
        map.put(MessageType.SHELL_EXECUTE_REQUEST, kernel::handleExecuteRequest);
        map.put(MessageType.SHELL_INSPECT_REQUEST, kernel::handleInspectRequest);
        map.put(MessageType.SHELL_COMPLETE_REQUEST, kernel::handleCompleteRequest);
        map.put(MessageType.SHELL_HISTORY_REQUEST, kernel::handleHistoryRequest);
        map.put(MessageType.SHELL_IS_COMPLETE_REQUEST, kernel::handleIsCompleteRequest);
        map.put(MessageType.SHELL_KERNEL_INFO_REQUEST, kernel::handleKernelInfoRequest);
        map.put(MessageType.CONTROL_SHUTDOWN_REQUEST, kernel::handleShutdownRequest);
        map.put(MessageType.CONTROL_INTERRUPT_REQUEST, kernel::handleInterruptRequest);
        map.put(MessageType.CUSTOM_COMM_OPEN, kernel::handleCommOpenCommand);
        map.put(MessageType.CUSTOM_COMM_MSG, kernel::handleCommMsgCommand);
        map.put(MessageType.CUSTOM_COMM_CLOSE, kernel::handleCommCloseCommand);
        map.put(MessageType.SHELL_COMM_INFO_REQUEST, kernel::handleCommInfoRequest);
        handlers = map;
        kernel.registerChannels(this);

        // 2. The channels, the shell last.
        heartbeat.bind(connProps);
        iopub.bind(connProps);
        stdin.bind(connProps);
        control.bind(connProps);
        iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));
        shell.bind(connProps);

        isConnected = true;
    }

    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        Map<MessageType<?>, MessageHandler> map = handlers;
        return map == null ? null : map.get(type);
    }

    public void close() {
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    public void joinUntilClose() {
        channels.forEach(AbstractChannel::joinUntilClose);
    }

    public boolean hasMsgId() {
        return msgId != null;
    }

    public void setMsgId(MessageId<?> msgId) {
        this.msgId = msgId;
    }

    public void freeMsgId() {
        this.msgId = null;
    }

    public void markForShutdown() {
        requestShutdown = true;
    }

    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    public void writeToStdOut(String text) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, text));
    }

    public void writeToStdErr(String text) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, text));
    }

    public String readFromStdIn() {
        return stdin.getInput(msgId, "", false);
    }

    public <T extends ContentType<T>> void publish(T content) {
        iopub.sendMessage(new Message<>(msgId, content.type(), content));
    }

    public <T extends ContentType<T>> void reply(T content) {
        shell.sendMessage(new Message<>(msgId, content.type(), content));
    }

    public void replyError(MessageType<?> type, ErrorReply error) {
        shell.sendMessage(new Message(msgId, type, error));
    }

    public void scheduleAfter(Runnable action) {
        afterActions.push(action);
    }

    public void runAfterActions() {
        while (!afterActions.isEmpty()) {
            afterActions.pop().run();
        }
    }

    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }
}
