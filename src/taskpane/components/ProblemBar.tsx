import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Problem } from '../problems';

export function ProblemBar(props: { problem: Problem; dismissLabel: string; onDismiss: () => void }) {
  return (
    <MessageBar intent={props.problem.intent} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.problem.title}</MessageBarTitle>
        {props.problem.action}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          {props.dismissLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
