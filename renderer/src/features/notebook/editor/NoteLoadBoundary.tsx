import { Component, type ReactNode } from 'react';

/**
 * A note whose stored content the editor cannot read (say, a node type from a newer version) is
 * shown as an error instead of an empty editor, so nothing can overwrite it.
 */
export class NoteLoadBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="nb-load-error" role="alert">
          This note could not be opened in the editor, so it is left as it is: {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}
