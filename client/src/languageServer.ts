/** Owns the language client: starts it, restarts it, and reports its state as one stream across restarts. */
import { Disposable, Event, EventEmitter } from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';

export class LanguageServer {
  private client: LanguageClient | undefined;
  private clientListener: Disposable | undefined;
  /** Start, stop and restart run one after the other, so two quick restarts never make two clients. */
  private pending: Promise<void> = Promise.resolve();
  private readonly stateEmitter = new EventEmitter<State>();
  readonly onDidChangeState: Event<State> = this.stateEmitter.event;

  constructor(private readonly createClient: () => LanguageClient) {}

  get state(): State {
    return this.client?.state ?? State.Stopped;
  }

  /** Starts a new client. A failed start is not thrown: the client reports it in its output, and the state says so. */
  start(): Promise<void> {
    return this.serialize(() => this.startNow());
  }

  /**
   * Stops the client and starts a fresh one. A client whose start failed cannot be started again
   * (it keeps its rejected start promise), so restarting always makes a new client.
   */
  restart(): Promise<void> {
    return this.serialize(async () => {
      await this.stopNow();
      await this.startNow();
    });
  }

  stop(): Promise<void> {
    return this.serialize(() => this.stopNow());
  }

  private serialize(operation: () => Promise<void>): Promise<void> {
    this.pending = this.pending.catch(() => undefined).then(operation);
    return this.pending;
  }

  private async startNow(): Promise<void> {
    const client = this.createClient();
    this.client = client;
    this.clientListener = client.onDidChangeState((event) => this.stateEmitter.fire(event.newState));
    await settled(client.start());
    this.stateEmitter.fire(client.state);
  }

  private async stopNow(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.state === State.Starting) {
      // Only a running client can be stopped: let the start finish first.
      await settled(client.start());
    }
    if (client?.state === State.Running) {
      await settled(client.dispose());
    }
    this.clientListener?.dispose();
    this.clientListener = undefined;
    this.stateEmitter.fire(State.Stopped);
  }
}

/** Waits for a client operation whose failure the client has already logged in its output channel. */
async function settled(operation: Promise<void>): Promise<void> {
  try {
    await operation;
  } catch {
    // Logged by the client; the state shows the outcome.
  }
}
