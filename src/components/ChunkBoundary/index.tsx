/**
 * Catches a chunk that could not be loaded (a `ChunkLoadFailure` from src/client/retryableLazy)
 * where it is used, so the rest of the page keeps working, and offers to try again. Any other
 * error goes on to the page's own boundary: a bug in the loaded code is not a connection problem.
 */
import { Component, type ReactNode } from 'react';
import { ChunkLoadFailure } from '@site/src/client/retryableLazy';

interface Props {
  children: ReactNode;
  /** The `retry` of the component's `retryableLazy`: called on mount and by `tryAgain`. */
  retry: () => void;
  /** What to show instead; `tryAgain` loads the chunk again and shows the children. */
  fallback: (tryAgain: () => void) => ReactNode;
}

export default class ChunkBoundary extends Component<Props, { failure: Error | null }> {
  override state = { failure: null as Error | null };

  constructor(props: Props) {
    super(props);
    // Shown anew (search opened again, the disclosure reopened) is a new wish to use it: a chunk
    // that failed before is asked for again rather than its old failure shown at once.
    props.retry();
  }

  static getDerivedStateFromError(failure: Error) {
    return { failure };
  }

  private readonly tryAgain = () => {
    this.props.retry();
    this.setState({ failure: null });
  };

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    if (!(failure instanceof ChunkLoadFailure)) throw failure;
    return this.props.fallback(this.tryAgain);
  }
}
