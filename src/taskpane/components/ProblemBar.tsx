import * as React from 'react';
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Problem } from '../problems';

export function ProblemBar(props: { problem: Problem; dismissLabel: string; onDismiss: () => void }) {
  return (
    <MessageBar intent={props.problem.intent} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.problem.title}</MessageBarTitle>
        {props.problem.action}
        {props.problem.link && (
          <Link href={props.problem.link} target="_blank" rel="noopener">
            {props.problem.link}
          </Link>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          {props.dismissLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
