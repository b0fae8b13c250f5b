import { defineMessages } from '../define-messages';

export const importMessages = defineMessages(
  {
    'import.filterName': 'Articles',
    'import.done': 'Imported {count} article(s).',
    'import.doneWithRefusals': 'Imported {imported} of {total} files; {refused} refused: {reasons}',
    'import.alreadyInLibrary': '“{title}” is already in your library; opened it.',
    'import.progress': 'Importing {name} ({done} of {total})',
    'import.progressLabel': 'Import progress',
  },
  {
    'import.filterName': '文章',
    'import.done': '已导入 {count} 篇文章。',
    'import.doneWithRefusals': '已导入 {imported}/{total} 个文件；{refused} 个被拒绝：{reasons}',
    'import.alreadyInLibrary': '《{title}》已在文库中，已为你打开。',
    'import.progress': '正在导入 {name}（{done}/{total}）',
    'import.progressLabel': '导入进度',
  },
);
