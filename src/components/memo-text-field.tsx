import { memo } from 'react';
import TextField from '@mui/material/TextField';

/**
 * MUI's TextField, rendered again only when its props change. Give it a stable `onChange` (one handler that
 * reads `event.target.name`, from useStableCallback) and no inline objects, or it renders every time anyway.
 */
export const MemoTextField = memo(TextField) as typeof TextField;
