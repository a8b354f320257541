-- serialises migrations of recorders starting together against one database (released at commit)
DECLARE @result int;
EXEC @result = sp_getapplock @Resource = N'vms_schema_migration', @LockMode = N'Exclusive',
  @LockOwner = N'Transaction', @LockTimeout = 60000;
IF @result < 0
  THROW 50002, 'could not acquire the schema migration lock', 1;
